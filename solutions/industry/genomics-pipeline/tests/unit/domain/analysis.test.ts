import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { createTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import type { AnalyticsRow, NamedQuery, NamedQueryRef, QueryRequest, SqlAnalytics } from '@fsxn-s3ap/shared/analytics';
import { createMemoryOutputWriter, fixedClock } from '@fsxn-s3ap/shared/testing';
import { mockClient } from 'aws-sdk-client-mock';
import { createAnalysisHandler, createSummaryHandler } from '../../../src/domain/analysis-handler';
import type { RunAnalysis } from '../../../src/domain/athena-analysis';
import { ruleBasedSummary } from '../../../src/domain/narrative';

const QUERIES = { qc: 'q-qc', variants: 'q-var', chromosomes: 'q-chr' };
const ROWS: Record<string, AnalyticsRow[]> = {
  'SELECT qc': [
    { fastq_files: 3, reads: 110, passed_files: 2, mean_quality: 28.9, q30_fraction: 0.64, gc_percent: 50.8 },
  ],
  'SELECT variants': [{ vcf_files: 2, records: 140, snps: 126, indels: 28, multi_allelic: 14, ti_tv_ratio: 1.5 }],
  'SELECT chromosomes': [
    { chromosome: 'chrX', records: 42, files: 2 },
    { chromosome: 'chr1', records: 15, files: 1 },
  ],
};

/** The analytics port over fixed rows, recording what it was asked. */
function fakeAnalytics() {
  const requests: QueryRequest[] = [];
  const analytics: SqlAnalytics = {
    async namedQuery(ref: NamedQueryRef): Promise<NamedQuery> {
      const id = 'id' in ref ? ref.id : ref.name;
      const sql = { 'q-qc': 'SELECT qc', 'q-var': 'SELECT variants', 'q-chr': 'SELECT chromosomes' }[id] ?? 'none';
      return { id, name: id, database: 'db', sql };
    },
    async *rows<T extends AnalyticsRow>(request: QueryRequest): AsyncIterable<T> {
      requests.push(request);
      for (const row of ROWS[request.sql] ?? []) yield row as T;
    },
  };
  return { analytics, requests };
}

/** The analysis handler over the fake analytics and a memory output. */
function analysisHandler() {
  const { analytics, requests } = fakeAnalytics();
  const output = createMemoryOutputWriter();
  const handler = createAnalysisHandler({
    analytics: () => analytics,
    queries: () => QUERIES,
    output: () => output,
    clock: fixedClock(),
  });
  return { handler, requests, output };
}

const run: RunAnalysis = {
  executionId: 'exec-1',
  qc: ROWS['SELECT qc']?.[0] ?? {},
  variants: ROWS['SELECT variants']?.[0] ?? {},
  chromosomes: ROWS['SELECT chromosomes'] ?? [],
};

describe('analysis handler', () => {
  it('runs the three named queries for the execution and keeps the rows', async () => {
    // Prepare
    const { handler, requests, output } = analysisHandler();

    // Act
    const outcome = await handler({ executionId: 'exec-1' });

    // Assess
    expect(outcome).toEqual({
      analysisKey: 'out/analytics/2025/01/02/exec-1_athena.json',
      fastqFiles: 3,
      vcfFiles: 2,
      chromosomes: 2,
    });
    expect(requests.map((request) => [request.sql, request.parameters, request.database])).toEqual([
      ['SELECT qc', ['exec-1'], 'db'],
      ['SELECT variants', ['exec-1'], 'db'],
      ['SELECT chromosomes', ['exec-1'], 'db'],
    ]);
    expect(output.objects.get(outcome.analysisKey)).toEqual(run);
  });

  it('refuses an event without an execution id', async () => {
    const { handler } = analysisHandler();
    await expect(handler({})).rejects.toThrow(expect.objectContaining({ name: 'ValidationError' }));
  });
});

describe('summary handler', () => {
  const bedrock = mockClient(BedrockRuntimeClient);
  afterEach(() => bedrock.reset());

  async function summarise(generator: TextGenerator) {
    const output = createMemoryOutputWriter({ prefix: '' });
    await output.putJson('analytics/run.json', run);
    const handler = createSummaryHandler({
      generator: () => generator,
      output: () => output,
      clock: fixedClock(),
      qualityThreshold: () => 20,
    });
    const outcome = await handler({ executionId: 'exec-1', analysis: { analysisKey: 'analytics/run.json' } });
    return { outcome, markdown: String(output.objects.get(outcome.narrativeKey)) };
  }

  it('writes what the model says, with the figures it was given', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves({
      output: { message: { role: 'assistant', content: [{ text: 'Read quality is normal.' }] } },
      usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
    });
    const generator = createTextGenerator({
      env: { BEDROCK_MODEL_ID: 'model-x' },
      client: new BedrockRuntimeClient({}),
    });

    // Act
    const { outcome, markdown } = await summarise(generator);

    // Assess
    expect(outcome).toMatchObject({
      writtenBy: 'model',
      modelId: 'model-x',
      narrativeKey: 'reports/2025/01/02/exec-1_summary.md',
    });
    expect(markdown).toContain('Read quality is normal.');
    expect(markdown).toContain('- Ti/Tv: 1.50; het/hom-alt: n/a; FILTER PASS: n/a');
    const prompt = JSON.stringify(bedrock.commandCalls(ConverseCommand)[0]?.args[0].input);
    expect(prompt).toContain('FASTQ files: 3, of which passed QC (mean Phred >= 20): 2');
  });

  it('falls back to the rules when the model fails, and flags what needs attention', async () => {
    // Prepare
    bedrock
      .on(ConverseCommand)
      .rejects(Object.assign(new Error('no access to the model'), { name: 'AccessDeniedException' }));
    const generator = createTextGenerator({
      env: { BEDROCK_MODEL_ID: 'model-x' },
      client: new BedrockRuntimeClient({}),
    });

    // Act
    const { outcome, markdown } = await summarise(generator);

    // Assess
    expect(outcome.writtenBy).toBe('rules');
    expect(markdown).toContain('Needs attention: 1 FASTQ file(s) have a mean Phred below 20. Ti/Tv 1.50 is below 1.8.');
  });

  it('lets a transient failure through for the state machine to retry', async () => {
    const throttled: TextGenerator = {
      generate: async () => {
        throw Object.assign(new Error('slow down'), { name: 'ThrottlingError' });
      },
    };
    await expect(summarise(throttled)).rejects.toThrow(expect.objectContaining({ name: 'ThrottlingError' }));
  });

  it('says nothing needs attention when every figure is in range', () => {
    const healthy = { ...run, qc: { fastq_files: 2, passed_files: 2 }, variants: { ti_tv_ratio: 2.05 } };
    expect(ruleBasedSummary(healthy, 20)).toBe('Nothing needs attention.');
  });
});
