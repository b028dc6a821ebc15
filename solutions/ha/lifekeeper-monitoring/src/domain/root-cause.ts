/** Advisory root-cause analysis through the TextGenerator port, validated, with a rule-based fallback. */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import type { FileAnalysis } from './analyze-file';
import type { HealthScore } from './health-score';
import { preAssessment } from './pre-assessment';

/** The keys the model must answer with. */
export const RCA_KEYS = [
  'root_cause',
  'affected_layer',
  'remediation_steps',
  'preventive_measures',
  'confidence_level',
];

/** Layers an answer may name. */
export const LAYERS = ['storage', 'network', 'application', 'cluster', 'unknown'] as const;

/** Confidence levels an answer may give. */
export const CONFIDENCE = ['HIGH', 'MEDIUM', 'LOW'] as const;

/** The analysis; always advisory: LifeKeeper's own checks decide failovers. */
export interface RootCauseAnalysis {
  root_cause: string;
  affected_layer: (typeof LAYERS)[number];
  remediation_steps: string[];
  preventive_measures: string[];
  confidence_level: (typeof CONFIDENCE)[number];
  source: 'model' | 'fallback';
  modelId?: string;
  /** Why the model's answer was not used, when `source` is fallback. */
  fallbackReason?: string;
  advisory: true;
}

/** Failover logs the prompt describes at most. */
export const MAX_PROMPT_FILES = 5;

function steps(value: unknown): string[] | undefined {
  const list = typeof value === 'string' ? value.split(/\s*(?:;|\n)\s*/) : value;
  if (!Array.isArray(list)) return undefined;
  const items = list
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => item.trim());
  return items.length > 0 ? items : undefined;
}

/** The answer as a {@link RootCauseAnalysis}, or the reason it is not one. */
export function validateAnswer(
  json: Record<string, unknown> | undefined,
): Omit<RootCauseAnalysis, 'source' | 'advisory'> | string {
  if (json === undefined) return 'the answer holds no JSON object';
  const rootCause = typeof json.root_cause === 'string' ? json.root_cause.trim() : '';
  if (rootCause === '') return 'root_cause is missing or empty';
  const layer = String(json.affected_layer ?? '').toLowerCase();
  if (!(LAYERS as readonly string[]).includes(layer))
    return `affected_layer "${layer}" is not one of ${LAYERS.join(', ')}`;
  const remediation = steps(json.remediation_steps);
  const prevention = steps(json.preventive_measures);
  if (!remediation || !prevention) return 'remediation_steps and preventive_measures must be non-empty lists';
  const confidence = String(json.confidence_level ?? '').toUpperCase();
  if (!(CONFIDENCE as readonly string[]).includes(confidence))
    return `confidence_level "${confidence}" is not HIGH, MEDIUM or LOW`;
  return {
    root_cause: rootCause,
    affected_layer: layer as RootCauseAnalysis['affected_layer'],
    remediation_steps: remediation,
    preventive_measures: prevention,
    confidence_level: confidence as RootCauseAnalysis['confidence_level'],
  };
}

/** The prompt: the cluster's score, the failover evidence per log, and the rule-based pre-assessment to confirm. */
export function buildPrompt(cluster: string, health: HealthScore, files: readonly FileAnalysis[]): string {
  const failoverFiles = files.filter((file) => file.category === 'failover_event').slice(0, MAX_PROMPT_FILES);
  const evidence = failoverFiles.map((file) => {
    const indicators = file.scan.indicators.map((hit) => `${hit.indicator} x${hit.count}`).join(', ') || 'none';
    const transitions =
      file.scan.transitions.map((t) => `${t.timestamp ?? '?'} ${t.resource ?? ''} ${t.transition}`.trim()).join('; ') ||
      'none';
    return `- ${file.key}: indicators ${indicators}; transitions ${transitions}`;
  });
  const other = files
    .filter((file) => file.category !== 'failover_event' && file.severity !== 'LOW')
    .map((file) => `- ${file.key}: ${file.category} ${file.severity}`);
  return [
    `LifeKeeper cluster ${cluster} on Amazon EC2 with FSx for NetApp ONTAP Multi-AZ shared storage (NFS or iSCSI).`,
    `Health score ${health.score}/100 (${health.level}); failover logs ${health.failovers}.`,
    'Failover evidence:',
    ...(evidence.length > 0 ? evidence : ['- none']),
    'Other findings:',
    ...(other.length > 0 ? other : ['- none']),
    'Consider NFS/iSCSI mounts, heartbeat and communication paths, recovery-kit dependencies, and whether this was an',
    'FSx Multi-AZ storage failover or an application-level LifeKeeper failover.',
    'Rule-based pre-assessment (confirm or correct it):',
    ...Object.entries(preAssessment(files)).map(
      ([key, value]) => `${key}: ${Array.isArray(value) ? value.join('; ') : value}`,
    ),
  ].join('\n');
}

/**
 * Asks `generator` for the analysis and validates the answer; when the call fails or the answer is invalid, returns
 * the rule-based pre-assessment instead, saying why. The result is advisory in both cases.
 */
export async function analyzeRootCause(
  generator: TextGenerator,
  cluster: string,
  health: HealthScore,
  files: readonly FileAnalysis[],
): Promise<RootCauseAnalysis> {
  const fallback = (reason: string): RootCauseAnalysis => ({
    ...preAssessment(files),
    source: 'fallback',
    fallbackReason: reason,
    advisory: true,
  });
  if (health.failovers === 0 && health.score >= 90) return fallback('no failover or serious finding to analyse');
  let answer: Awaited<ReturnType<TextGenerator['generate']>>;
  try {
    answer = await generator.generate({
      system: 'You are an expert in SIOS LifeKeeper clusters on AWS. Answer with one JSON object only.',
      prompt: buildPrompt(cluster, health, files),
      expectJsonKeys: RCA_KEYS,
      maxTokens: 2048,
      temperature: 0.2,
    });
  } catch (error) {
    return fallback(`the model call failed: ${errorMessage(error)}`);
  }
  const checked = validateAnswer(answer.json);
  if (typeof checked === 'string') return fallback(`invalid answer: ${checked}`);
  return { ...checked, source: 'model', modelId: answer.modelId, advisory: true };
}
