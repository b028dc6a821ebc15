/**
 * The Summary step: a short narrative of the run for people, from the Athena rows only (counts and ratios: no object
 * key, read name or sample name reaches the model or the logs). The TextGenerator port writes it; when the model
 * fails, rules write it, so a run always has its summary.
 */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import type { AnalyticsRow } from '@fsxn-s3ap/shared/analytics';
import { errorMessage, isTransientError } from '@fsxn-s3ap/shared/errors';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { datedKey, type OutputWriter } from '@fsxn-s3ap/shared/output';
import type { RunAnalysis } from './athena-analysis';

/** Germline whole-genome Ti/Tv sits near 2.0-2.1; well below suggests false-positive SNPs. */
export const LOW_TI_TV = 1.8;

/** What the step returns. */
export interface NarrativeOutcome {
  narrativeKey: string;
  /** `model` when the TextGenerator answered, `rules` when the fallback wrote the text. */
  writtenBy: 'model' | 'rules';
  modelId?: string;
}

const num = (row: AnalyticsRow, column: string): number | undefined => {
  const value = row[column];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};
const fixed = (value: number | undefined, digits = 2) => (value === undefined ? 'n/a' : value.toFixed(digits));
const percent = (value: number | undefined) => (value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`);

/** The facts, one `name: value` line each, as the prompt and the rules read them. */
export function analysisFacts(run: RunAnalysis, qualityThreshold: number): string[] {
  const { qc, variants } = run;
  const top = run.chromosomes
    .slice(0, 5)
    .map((row) => `${String(row.chromosome)} ${num(row, 'records') ?? 0}`)
    .join(', ');
  return [
    `FASTQ files: ${num(qc, 'fastq_files') ?? 0}, of which passed QC (mean Phred >= ${qualityThreshold}): ${num(qc, 'passed_files') ?? 0}`,
    `Reads sampled: ${num(qc, 'reads') ?? 0}; mean Phred: ${fixed(num(qc, 'mean_quality'))}; Q30 bases: ${percent(num(qc, 'q30_fraction'))}; GC: ${fixed(num(qc, 'gc_percent'), 1)}%`,
    `VCF files: ${num(variants, 'vcf_files') ?? 0}; records: ${num(variants, 'records') ?? 0}; SNPs: ${num(variants, 'snps') ?? 0}; indels: ${num(variants, 'indels') ?? 0}; multi-allelic: ${num(variants, 'multi_allelic') ?? 0}`,
    `Ti/Tv: ${fixed(num(variants, 'ti_tv_ratio'))}; het/hom-alt: ${fixed(num(variants, 'het_hom_ratio'))}; FILTER PASS: ${percent(num(variants, 'filter_pass_rate'))}`,
    `Most variants per chromosome: ${top || 'none'}`,
  ];
}

/** The assessment rules write: what deserves a look, or that nothing does. */
export function ruleBasedSummary(run: RunAnalysis, qualityThreshold: number): string {
  const files = num(run.qc, 'fastq_files') ?? 0;
  const passed = num(run.qc, 'passed_files') ?? 0;
  const tiTv = num(run.variants, 'ti_tv_ratio');
  const flags: string[] = [];
  if (passed < files) flags.push(`${files - passed} FASTQ file(s) have a mean Phred below ${qualityThreshold}.`);
  if (tiTv !== undefined && tiTv < LOW_TI_TV) flags.push(`Ti/Tv ${tiTv.toFixed(2)} is below ${LOW_TI_TV}.`);
  return flags.length === 0 ? 'Nothing needs attention.' : `Needs attention: ${flags.join(' ')}`;
}

const SYSTEM = [
  'You are a sequencing QC analyst. Summarise the run for a lab manager in at most 120 words of plain prose.',
  'Say whether read quality and variant statistics look normal, and name anything that needs attention.',
  'Use only the figures given.',
].join(' ');

/** Writes `reports/YYYY/MM/DD/<executionId>_summary.md` by the model, or by the rules when the model fails. */
export async function writeNarrative(
  deps: { generator: TextGenerator; output: OutputWriter; now: Date; qualityThreshold: number },
  run: RunAnalysis,
): Promise<NarrativeOutcome> {
  const facts = analysisFacts(run, deps.qualityThreshold);
  let text: string;
  let outcome: Pick<NarrativeOutcome, 'writtenBy' | 'modelId'>;
  try {
    const answer = await deps.generator.generate({ system: SYSTEM, prompt: facts.join('\n'), maxTokens: 400 });
    if (answer.text.trim() === '') throw new Error('the model answered with no text');
    text = answer.text.trim();
    outcome = { writtenBy: 'model', modelId: answer.modelId };
  } catch (error) {
    if (isTransientError(error)) throw error;
    // Only the error's name and message: the prompt holds no PHI, and the answer is not logged either.
    getLogger().warn('Summary model failed; rules write the summary', {
      error: error instanceof Error ? error.name : 'Error',
      message: errorMessage(error),
    });
    text = ruleBasedSummary(run, deps.qualityThreshold);
    outcome = { writtenBy: 'rules' };
  }
  const figures = facts.map((fact) => `- ${fact}`).join('\n');
  const markdown = [
    `# Genomics run summary: ${run.executionId}`,
    `${text}\n\n_Written by ${outcome.modelId ?? 'rules'}._`,
    `## Figures (Athena)\n\n${figures}`,
  ].join('\n\n');
  const narrativeKey = await deps.output.putText(
    datedKey('reports', run.executionId, 'summary.md', deps.now),
    `${markdown}\n`,
    'text/markdown; charset=utf-8',
  );
  return { narrativeKey, ...outcome };
}
