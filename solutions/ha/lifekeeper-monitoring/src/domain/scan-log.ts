/** Scanning LifeKeeper log text: failover indicators and resource state transitions, with their timestamps. */

/** Indicators of failover activity, as they appear in LifeKeeper logs (matched case-insensitively). */
export const INDICATORS = [
  'FAILOVER',
  'SWITCHOVER',
  'TAKEOVER',
  'restore',
  'recovery action',
  'resource fault',
  'local recovery',
  'remove from service',
  'bring in service',
  'comm path down',
  'heartbeat lost',
] as const;

/** LifeKeeper resource states: In Service Protected, In Service Standby, Out of Service Unimpaired, Out of Service Failed. */
export const RESOURCE_STATES = ['ISP', 'ISS', 'OSU', 'OSF'] as const;

/** The transitions that tell a failover story: a resource failing, a standby taking over, a failed resource restored. */
export const NOTABLE_TRANSITIONS = ['ISP->OSF', 'ISS->ISP', 'OSF->ISP'] as const;

/** How often an indicator appears, and where first. */
export interface IndicatorHit {
  indicator: string;
  count: number;
  firstLine: number;
  firstTimestamp?: string;
}

/** One resource state change. */
export interface StateTransition {
  transition: string;
  from: string;
  to: string;
  notable: boolean;
  line: number;
  timestamp?: string;
  resource?: string;
}

/** What a scan found. */
export interface LogScan {
  lines: number;
  indicators: IndicatorHit[];
  stateCounts: Record<string, number>;
  transitions: StateTransition[];
  /** True when more transitions were found than {@link MAX_TRANSITIONS}. */
  transitionsTruncated: boolean;
}

/** Most transitions kept per file (the state payload stays small). */
export const MAX_TRANSITIONS = 100;

/** Characters of a line that are classified; the rest of a longer line is ignored (LifeKeeper lines are short). */
export const MAX_LINE_CHARS = 4096;

const TIMESTAMP =
  /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?|[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}/;
const TRANSITION = /\b(ISP|ISS|OSU|OSF)\s*(?:->|=>|→|\bto\b)\s*(ISP|ISS|OSU|OSF)\b/g;
/** The state phrase after a resource name; each quantifier is followed by a distinct literal (no backtracking). */
const STATE_PHRASE = /\s(?:state\s+change|changed\s+state|state)\s*(?::\s*)?(?:from\s+)?(?:ISP|ISS|OSU|OSF)/gi;
const NAME_CHAR = /[A-Za-z0-9_.:@/-]/;
const INDICATOR_PATTERNS = INDICATORS.map((indicator) => ({
  indicator,
  pattern: new RegExp(`\\b${indicator.replace(/ /g, '\\s+')}`, 'gi'),
}));

/** The first timestamp on `line` (ISO 8601 or syslog form), as written. */
export function timestampOf(line: string): string | undefined {
  return TIMESTAMP.exec(line)?.[0];
}

/**
 * The resource named before the first state phrase (`nfs1 state change ISP -> OSF`): the run of name characters
 * ending just before the whitespace that precedes the phrase. One forward regex pass and one backward scan: linear.
 */
export function resourceOf(line: string): string | undefined {
  STATE_PHRASE.lastIndex = 0;
  for (let match = STATE_PHRASE.exec(line); match; match = STATE_PHRASE.exec(line)) {
    let end = match.index;
    while (end > 0 && /\s/.test(line[end - 1] ?? '')) end -= 1;
    let start = end;
    while (start > 0 && NAME_CHAR.test(line[start - 1] ?? '')) start -= 1;
    if (start < end) return line.slice(start, end);
    STATE_PHRASE.lastIndex = match.index + 1;
  }
  return undefined;
}

/** Scans `text` line by line (at most {@link MAX_LINE_CHARS} of each). Never throws: U+FFFD from undecodable bytes is just text. */
export function scanLog(text: string): LogScan {
  const hits = new Map<string, IndicatorHit>();
  const stateCounts: Record<string, number> = Object.fromEntries(RESOURCE_STATES.map((state) => [state, 0]));
  const transitions: StateTransition[] = [];
  let truncated = false;
  const lines = text.split(/\r?\n/);
  lines.forEach((whole, index) => {
    const line = whole.length > MAX_LINE_CHARS ? whole.slice(0, MAX_LINE_CHARS) : whole;
    const lineNumber = index + 1;
    const timestamp = timestampOf(line);
    for (const { indicator, pattern } of INDICATOR_PATTERNS) {
      const count = line.match(pattern)?.length ?? 0;
      if (count === 0) continue;
      const hit = hits.get(indicator);
      if (hit) hit.count += count;
      else
        hits.set(indicator, {
          indicator,
          count,
          firstLine: lineNumber,
          ...(timestamp ? { firstTimestamp: timestamp } : {}),
        });
    }
    for (const state of line.match(/\b(?:ISP|ISS|OSU|OSF)\b/g) ?? [])
      stateCounts[state] = (stateCounts[state] ?? 0) + 1;
    let resource: string | undefined | null = null;
    for (const match of line.matchAll(TRANSITION)) {
      if (transitions.length >= MAX_TRANSITIONS) {
        truncated = true;
        break;
      }
      const [from, to] = [match[1] ?? '', match[2] ?? ''];
      const transition = `${from}->${to}`;
      if (resource === null) resource = resourceOf(line);
      transitions.push({
        transition,
        from,
        to,
        notable: (NOTABLE_TRANSITIONS as readonly string[]).includes(transition),
        line: lineNumber,
        ...(timestamp ? { timestamp } : {}),
        ...(resource ? { resource } : {}),
      });
    }
  });
  const indicators = INDICATORS.flatMap((indicator) => {
    const hit = hits.get(indicator);
    return hit ? [hit] : [];
  });
  return {
    lines: text === '' ? 0 : lines.length,
    indicators,
    stateCounts,
    transitions,
    transitionsTruncated: truncated,
  };
}
