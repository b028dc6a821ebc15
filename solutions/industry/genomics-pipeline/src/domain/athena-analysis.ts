/**
 * The AthenaAnalysis step: runs the template's named queries over this run's JSON Lines (FASTQ QC, VCF statistics,
 * records per chromosome), parameterised by the execution id, and keeps the rows as one JSON file for the summary.
 */
import { type AnalyticsRow, runNamedQuery, type SqlAnalytics } from '@fsxn-s3ap/shared/analytics';
import { type Env, requireEnv } from '@fsxn-s3ap/shared/config';
import { datedKey, type OutputWriter } from '@fsxn-s3ap/shared/output';

/** The named queries' ids (an `AWS::Athena::NamedQuery`'s Ref is its id). */
export interface AnalysisQueries {
  qc: string;
  variants: string;
  chromosomes: string;
}

/** Reads `QC_QUERY_ID`, `VARIANTS_QUERY_ID` and `CHROMOSOMES_QUERY_ID`. */
export function loadAnalysisQueries(env: Env = process.env): AnalysisQueries {
  return {
    qc: requireEnv('QC_QUERY_ID', env),
    variants: requireEnv('VARIANTS_QUERY_ID', env),
    chromosomes: requireEnv('CHROMOSOMES_QUERY_ID', env),
  };
}

/** What the queries said about one run. */
export interface RunAnalysis {
  executionId: string;
  /** One row: FASTQ files, reads, bases, base-weighted mean quality and Q30, GC, files that passed. */
  qc: AnalyticsRow;
  /** One row: VCF files, records, SNPs, indels, multi-allelic, Ti/Tv, het/hom, FILTER pass rate. */
  variants: AnalyticsRow;
  /** Records per chromosome over the run's VCFs, most first. */
  chromosomes: AnalyticsRow[];
}

/** Most chromosome rows kept (the query orders by records). */
export const MAX_CHROMOSOME_ROWS = 50;

/** Runs the three named queries for `executionId`. */
export async function analyseRun(
  analytics: SqlAnalytics,
  queries: AnalysisQueries,
  executionId: string,
): Promise<RunAnalysis> {
  const parameters = [executionId];
  const [qc, variants, chromosomes] = await Promise.all([
    runNamedQuery(analytics, { id: queries.qc }, { parameters, limit: 1 }),
    runNamedQuery(analytics, { id: queries.variants }, { parameters, limit: 1 }),
    runNamedQuery(analytics, { id: queries.chromosomes }, { parameters, limit: MAX_CHROMOSOME_ROWS }),
  ]);
  return { executionId, qc: qc.rows[0] ?? {}, variants: variants.rows[0] ?? {}, chromosomes: chromosomes.rows };
}

/** What the step returns to the state machine (small: the rows stay in the file). */
export interface AnalysisOutcome {
  analysisKey: string;
  fastqFiles: number;
  vcfFiles: number;
  chromosomes: number;
}

const asCount = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** Runs the analysis and writes `analytics/YYYY/MM/DD/<executionId>_athena.json`. */
export async function writeRunAnalysis(
  deps: { analytics: SqlAnalytics; queries: AnalysisQueries; output: OutputWriter; now: Date },
  executionId: string,
): Promise<AnalysisOutcome> {
  const analysis = await analyseRun(deps.analytics, deps.queries, executionId);
  const analysisKey = await deps.output.putJson(datedKey('analytics', executionId, 'athena.json', deps.now), analysis);
  return {
    analysisKey,
    fastqFiles: asCount(analysis.qc.fastq_files),
    vcfFiles: asCount(analysis.variants.vcf_files),
    chromosomes: analysis.chromosomes.length,
  };
}
