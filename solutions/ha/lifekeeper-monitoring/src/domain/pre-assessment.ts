/** A rule-based root-cause assessment from the scan results: the prompt's hint and the model's fallback. */
import type { FileAnalysis } from './analyze-file';

/** The assessment, in the model's answer shape. */
export interface PreAssessment {
  root_cause: string;
  affected_layer: 'storage' | 'network' | 'application' | 'cluster' | 'unknown';
  remediation_steps: string[];
  preventive_measures: string[];
  confidence_level: 'HIGH' | 'MEDIUM' | 'LOW';
}

function count(files: readonly FileAnalysis[], indicator: string): number {
  return files.reduce(
    (sum, file) => sum + (file.scan.indicators.find((hit) => hit.indicator === indicator)?.count ?? 0),
    0,
  );
}

/** Picks the most likely layer from the evidence: communication loss first, then resource faults, then kits. */
export function preAssessment(files: readonly FileAnalysis[]): PreAssessment {
  const commDown = count(files, 'comm path down') + count(files, 'heartbeat lost');
  const resourceFault = count(files, 'resource fault');
  const kitIssue = files.some((file) => file.category === 'recovery_kit_log' && file.severity !== 'LOW');
  if (commDown > 0) {
    return {
      root_cause: 'Communication paths and heartbeats between the nodes were lost before the failover',
      affected_layer: 'network',
      remediation_steps: [
        'Check security groups and network ACLs between the nodes on the LifeKeeper communication ports',
        'Confirm both communication paths are ALIVE with lcdstatus -e',
        'Review VPC route tables and ENI health for the interval of the failover',
      ],
      preventive_measures: [
        'Configure at least two independent communication paths',
        'Alarm on comm path state changes before a failover is needed',
      ],
      confidence_level: resourceFault > 0 ? 'MEDIUM' : 'HIGH',
    };
  }
  if (resourceFault > 0) {
    return {
      root_cause: 'A protected resource faulted and local recovery did not restore it',
      affected_layer: 'storage',
      remediation_steps: [
        'Check the NFS or iSCSI mount of the FSx for ONTAP volume on the failed node',
        'Review the resource quickCheck and recover messages around the fault',
      ],
      preventive_measures: ['Test local recovery of each resource regularly', 'Monitor FSx for ONTAP failover events'],
      confidence_level: 'MEDIUM',
    };
  }
  if (kitIssue) {
    return {
      root_cause: 'A recovery kit reported errors on an application resource',
      affected_layer: 'application',
      remediation_steps: ['Review the recovery kit log and the application logs for the failing resource'],
      preventive_measures: ['Validate recovery kit dependencies after application changes'],
      confidence_level: 'LOW',
    };
  }
  return {
    root_cause: 'No failover cause could be identified from the logs read',
    affected_layer: 'unknown',
    remediation_steps: ['Review the LifeKeeper logs around the reported events'],
    preventive_measures: ['Keep LifeKeeper logs on the shared volume so every node is observed'],
    confidence_level: 'LOW',
  };
}
