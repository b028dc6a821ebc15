/** The Map's ItemStage: extraction per file (see design-extraction.ts), summaries added up per run. */
import type { ItemStage } from '@fsxn-s3ap/shared/workflow';
import { type EdaSettings, loadEdaSettings } from '../settings';
import { extractDesign } from './design-extraction';
import { type DesignFacts, type EdaSummary, emptySummary, mergeSummaries, summaryOf } from './eda-summary';

export const designExtraction: ItemStage<DesignFacts, EdaSummary, EdaSettings, undefined> = {
  process: extractDesign,
  summary: {
    empty: emptySummary,
    add: (total, facts) => mergeSummaries(total, summaryOf(facts)),
    merge: mergeSummaries,
  },
  settings: () => loadEdaSettings(),
};
