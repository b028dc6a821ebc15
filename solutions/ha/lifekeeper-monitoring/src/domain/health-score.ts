/** The cluster health score and level, from the analysed logs. */

import type { FileAnalysis } from './analyze-file';
import { isHighOrCritical, type Severity } from './classify';

/** Health levels, best first. */
export type HealthLevel = 'HEALTHY' | 'WARNING' | 'DEGRADED' | 'CRITICAL';

/** The alert severity each level maps to. */
export const LEVEL_SEVERITY: Record<HealthLevel, Severity> = {
  HEALTHY: 'LOW',
  WARNING: 'MEDIUM',
  DEGRADED: 'HIGH',
  CRITICAL: 'CRITICAL',
};

/** Points taken per finding. */
export const DEDUCTIONS = { failover: 30, failoverCap: 60, communication: 15, recoveryKit: 10 } as const;

/** The score, its level and how it was reached. */
export interface HealthScore {
  score: number;
  level: HealthLevel;
  failovers: number;
  communicationIssues: number;
  recoveryKitIssues: number;
  deductions: { failovers: number; communication: number; recoveryKit: number };
}

/** The level of a score: HEALTHY >= 90, WARNING >= 70, DEGRADED >= 50, else CRITICAL. */
export function levelOf(score: number): HealthLevel {
  if (score >= 90) return 'HEALTHY';
  if (score >= 70) return 'WARNING';
  if (score >= 50) return 'DEGRADED';
  return 'CRITICAL';
}

/**
 * 100, minus 30 per failover log (at most 60 in all), minus 15 per HIGH or CRITICAL communication log, minus 10 per
 * HIGH or CRITICAL recovery-kit log; never below 0.
 */
export function healthScore(files: readonly FileAnalysis[]): HealthScore {
  const failovers = files.filter((file) => file.category === 'failover_event').length;
  const serious = (category: FileAnalysis['category']) =>
    files.filter((file) => file.category === category && isHighOrCritical(file.severity)).length;
  const communicationIssues = serious('communication_log');
  const recoveryKitIssues = serious('recovery_kit_log');
  const deductions = {
    failovers: Math.min(DEDUCTIONS.failoverCap, failovers * DEDUCTIONS.failover),
    communication: communicationIssues * DEDUCTIONS.communication,
    recoveryKit: recoveryKitIssues * DEDUCTIONS.recoveryKit,
  };
  const score = Math.max(0, 100 - deductions.failovers - deductions.communication - deductions.recoveryKit);
  return { score, level: levelOf(score), failovers, communicationIssues, recoveryKitIssues, deductions };
}

/** True when `level` maps to a severity at or above `threshold`. */
export function shouldAlert(level: HealthLevel, threshold: Severity): boolean {
  const order: readonly Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
  return order.indexOf(LEVEL_SEVERITY[level]) >= order.indexOf(threshold);
}
