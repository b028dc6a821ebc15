/** Rule-based design review: flags from the run summary and the DRC statistics, with or without a model. */
import type { EdaSettings } from '../settings';
import type { DrcStatistics } from './drc-statistics';
import type { EdaSummary } from './eda-summary';
import type { FlagList } from './flag-list';

/** One review finding. */
export interface Finding {
  rule: 'empty-cells' | 'deep-hierarchy' | 'unresolved-references' | 'unusual-layer' | 'rare-layer' | 'outlier';
  severity: 'warning' | 'info';
  message: string;
}

/** A layer used by a single design is called rare only when the run has at least this many GDSII designs. */
export const RARE_LAYER_MIN_DESIGNS = 5;
/** Outliers are looked for only over at least this many designs. */
export const OUTLIER_MIN_DESIGNS = 3;
/** A metric whose maximum exceeds this multiple of its p95 is called an outlier. */
export const OUTLIER_FACTOR = 2;

function fromFlags(flags: FlagList, rule: Finding['rule'], describe: (key: string, value: number) => string) {
  const findings: Finding[] = flags.items.map((item) => ({
    rule,
    severity: 'warning',
    message: describe(item.key, item.value),
  }));
  const more = flags.count - flags.items.length;
  if (more > 0) findings.push({ rule, severity: 'warning', message: `and ${more} more designs` });
  return findings;
}

/** Every finding, in a stable order: per-design flags, then layers, then DRC outliers. */
export function reviewFindings(summary: EdaSummary, drc: DrcStatistics | undefined, settings: EdaSettings): Finding[] {
  const findings: Finding[] = [
    ...fromFlags(summary.emptyCells, 'empty-cells', (key, n) => `${key}: ${n} empty cell(s) (no elements)`),
    ...fromFlags(
      summary.deepHierarchies,
      'deep-hierarchy',
      (key, depth) => `${key}: hierarchy depth ${depth} exceeds MAX_HIERARCHY_DEPTH ${settings.maxHierarchyDepth}`,
    ),
    ...fromFlags(
      summary.unresolvedReferences,
      'unresolved-references',
      (key, n) => `${key}: ${n} referenced cell name(s) not defined in the library`,
    ),
  ];
  for (const [layer, usage] of Object.entries(summary.layers)) {
    if (Number(layer) > settings.maxStandardLayer || Number(layer) < 0) {
      const message = `layer ${layer} (${usage.elements} elements in ${usage.designs} designs) is outside 0-${settings.maxStandardLayer}`;
      findings.push({ rule: 'unusual-layer', severity: 'warning', message });
    } else if (usage.designs === 1 && summary.gdsii >= RARE_LAYER_MIN_DESIGNS) {
      const message = `layer ${layer} is used by only one of ${summary.gdsii} designs (${usage.elements} elements)`;
      findings.push({ rule: 'rare-layer', severity: 'info', message });
    }
  }
  for (const metric of drc?.metrics ?? []) {
    if (metric.designs < OUTLIER_MIN_DESIGNS || metric.max === null || metric.p95 === null) continue;
    if (metric.p95 > 0 && metric.max > OUTLIER_FACTOR * metric.p95) {
      const message = `${metric.metric}: maximum ${metric.max} is more than ${OUTLIER_FACTOR}x its p95 ${metric.p95}`;
      findings.push({ rule: 'outlier', severity: 'info', message });
    }
  }
  return findings;
}
