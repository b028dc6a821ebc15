/** Classification of a LifeKeeper log: category by key (keyword order), refined by content; severity per category. */

/** Log categories, in the order key keywords are tried. */
export const LOG_CATEGORIES = [
  'failover_event',
  'health_check',
  'communication_log',
  'cluster_config',
  'recovery_kit_log',
  'general_log',
  'config',
  'event_log',
  'other',
] as const;

/** One of {@link LOG_CATEGORIES}. */
export type LogCategory = (typeof LOG_CATEGORIES)[number];

/** Severities, lowest first. */
export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;

/** One of {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

const KEY_KEYWORDS: readonly [LogCategory, readonly string[]][] = [
  ['failover_event', ['failover', 'switchover', 'takeover', 'recovery', 'fault', 'alarm']],
  ['health_check', ['health', 'heartbeat', 'status', 'check', 'monitor', 'canary']],
  ['communication_log', ['comm', 'lcm', 'tcp']],
  ['cluster_config', ['config', 'resource', 'hierarchy', 'dependency']],
  ['recovery_kit_log', ['sap', 'oracle', 'mysql']],
];

/** Content that shows a failover happened: the words, or a resource leaving or taking over service. */
const FAILOVER_CONTENT =
  /\b(?:failover|switchover|takeover)\b|\bISP\s*(?:->|=>|→)\s*OSF\b|\bISS\s*(?:->|=>|→)\s*ISP\b/i;

/** The category the key alone implies: the first keyword family found in `relativeKey`, else the extension. */
export function categoryByKey(relativeKey: string): LogCategory {
  const key = relativeKey.toLowerCase();
  for (const [category, words] of KEY_KEYWORDS) if (words.some((word) => key.includes(word))) return category;
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (/\.log(?:\.[\w-]+)*$/.test(name)) return 'general_log';
  if (/\.(?:conf|cfg|xml)$/.test(name)) return 'config';
  if (/\.(?:evt|json|csv)$/.test(name)) return 'event_log';
  return 'other';
}

/** The category after reading the file: any log that records a failover is a failover log, whatever its name. */
export function categoryByContent(keyCategory: LogCategory, text: string): LogCategory {
  return FAILOVER_CONTENT.test(text) ? 'failover_event' : keyCategory;
}

/**
 * Severity of a classified log. `evidence` is the key plus the content read: failover logs are CRITICAL, health logs
 * HIGH when they mention fail/error/alarm (else MEDIUM), recovery-kit logs HIGH, communication logs HIGH on a
 * timeout, a disconnect or a comm path going down (else LOW), everything else LOW.
 */
export function severityOf(category: LogCategory, evidence: string): Severity {
  switch (category) {
    case 'failover_event':
      return 'CRITICAL';
    case 'health_check':
      return /fail|error|alarm/i.test(evidence) ? 'HIGH' : 'MEDIUM';
    case 'recovery_kit_log':
      return 'HIGH';
    case 'communication_log':
      return /timeout|timed out|disconnect|comm path down/i.test(evidence) ? 'HIGH' : 'LOW';
    default:
      return 'LOW';
  }
}

/** True for HIGH and CRITICAL. */
export function isHighOrCritical(severity: Severity): boolean {
  return severity === 'HIGH' || severity === 'CRITICAL';
}

/** `key` without the listing prefix, so the prefix's own words (for example `lifekeeper/logs/`) do not classify. */
export function relativeKey(key: string, prefix: string): string {
  return prefix !== '' && key.startsWith(prefix) ? key.slice(prefix.length) : key;
}
