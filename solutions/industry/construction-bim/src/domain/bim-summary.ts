/** The BIM branch's run summary: models by schema, elements, storeys, diffs and findings (lists capped). */
import { addCounts, capped, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { BimOutcome } from './bim-stage';
import type { Finding } from './safety-rules';

/** Counts by name. */
export type Counts = Record<string, number>;

/** Diffs and findings listed in the summary; more are counted. */
export const MAX_LISTED = 200;

/** One model's diff, as the report lists it. */
export interface DiffLine {
  key: string;
  modelKey: string;
  baseline: boolean;
  previousKey?: string;
  added: Counts;
  removed: Counts;
}

export interface BimSummary {
  models: number;
  revitFiles: number;
  bySchema: Counts;
  instances: number;
  elements: Counts;
  storeys: number;
  spaces: number;
  /** Models whose counts differ from their previous version (baselines not included). */
  changedModels: number;
  diffs: DiffLine[];
  findings: Finding[];
  findingCount: number;
}

const empty = (): BimSummary => ({
  models: 0,
  revitFiles: 0,
  bySchema: {},
  instances: 0,
  elements: {},
  storeys: 0,
  spaces: 0,
  changedModels: 0,
  diffs: [],
  findings: [],
  findingCount: 0,
});

function merge(a: BimSummary, b: BimSummary): BimSummary {
  return {
    ...sumFields(a, b, ['models', 'revitFiles', 'instances', 'storeys', 'spaces', 'changedModels', 'findingCount']),
    bySchema: addCounts(a.bySchema, b.bySchema),
    elements: addCounts(a.elements, b.elements),
    diffs: capped(a.diffs, b.diffs, MAX_LISTED),
    findings: capped(a.findings, b.findings, MAX_LISTED),
  };
}

function of(outcome: BimOutcome): BimSummary {
  if (outcome.format === 'rvt') return { ...empty(), revitFiles: 1 };
  const { diff } = outcome;
  const changed = !diff.baseline && (Object.keys(diff.added).length > 0 || Object.keys(diff.removed).length > 0);
  return {
    ...empty(),
    models: 1,
    bySchema: { [outcome.schema]: 1 },
    instances: outcome.instances,
    elements: outcome.elements as Counts,
    storeys: outcome.storeys,
    spaces: outcome.spaces,
    changedModels: changed ? 1 : 0,
    diffs: [
      {
        key: outcome.key,
        modelKey: outcome.modelKey,
        baseline: diff.baseline,
        ...(diff.previousKey === undefined ? {} : { previousKey: diff.previousKey }),
        added: diff.added,
        removed: diff.removed,
      },
    ],
    findings: outcome.findings.slice(0, MAX_LISTED),
    findingCount: outcome.findings.length,
  };
}

/** The reducer. */
export const bimSummary: SummaryReducer<BimOutcome, BimSummary> = {
  empty,
  add: (total, outcome) => merge(total, of(outcome)),
  merge,
};
