import fc from 'fast-check';
import { ConfigError } from '../../../src/errors';
import type { S3ObjectSummary } from '../../../src/s3';
import { batchEvent, testKit } from '../../../src/testing';
import {
  checkRoutes,
  createItemHandler,
  createManifestDiscoveryHandler,
  createReportHandler,
  type ItemStage,
  readOutcomes,
  routedSummary,
  routeOf,
  routeStage,
  splitByRoute,
} from '../../../src/workflow';

const ROUTES = { fastq: { suffixes: ['.fastq', '.fastq.gz'] }, vcf: { suffixes: ['.VCF', '.vcf.gz'] } };

const lines = (text: unknown) =>
  String(text ?? '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { key: string }).key);

async function* pagesOf(keys: string[], pageSize: number): AsyncGenerator<S3ObjectSummary[]> {
  for (let start = 0; start < keys.length; start += pageSize) {
    yield keys.slice(start, start + pageSize).map((key) => ({ key, size: 1 }));
  }
}

async function drain(iterable: AsyncIterable<readonly S3ObjectSummary[]>): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of iterable) keys.push(...page.map((object) => object.key));
  return keys;
}

describe('routes', () => {
  it('takes each key to the first route whose suffixes and prefixes it passes', () => {
    // Prepare
    const routes = checkRoutes({
      slips: { prefixes: ['slips/'], suffixes: ['.pdf', '.png'] },
      photos: { suffixes: ['.png', '.jpg'] },
    });

    // Act and Assess
    expect(routeOf('in/slips/a.PNG', routes, 'in/')).toBe('slips');
    expect(routeOf('in/photos/a.png', routes, 'in/')).toBe('photos');
    expect(routeOf('in/slips/a.txt', routes, 'in/')).toBeUndefined();
  });

  it('refuses no routes and names that are not key-safe', () => {
    expect(() => checkRoutes({})).toThrow(ConfigError);
    expect(() => checkRoutes({ 'Bad Name': {} })).toThrow(/route name/);
  });

  it('splits any listing so every routed key lands once, in order, in its route (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('.fastq', '.vcf', '.txt', '.fastq.gz'), { maxLength: 200 }),
        fc.integer({ min: 1, max: 7 }),
        async (suffixes, pageSize) => {
          const keys = suffixes.map((suffix, index) => `k${index}${suffix}`);
          const split = splitByRoute(pagesOf(keys, pageSize), checkRoutes(ROUTES), '', 0);
          const [fastq, vcf] = await Promise.all([drain(split.pagesOf('fastq')), drain(split.pagesOf('vcf'))]);
          expect(fastq).toEqual(keys.filter((key) => key.includes('.fastq')));
          expect(vcf).toEqual(keys.filter((key) => key.endsWith('.vcf')));
          expect(split.unrouted()).toBe(keys.filter((key) => key.endsWith('.txt')).length);
        },
      ),
    );
  });

  it('stops at the cap of routed objects and says the listing was truncated', async () => {
    // Prepare
    const keys = Array.from({ length: 50 }, (_, index) => `k${index}${index % 2 === 0 ? '.vcf' : '.txt'}`);

    // Act
    const split = splitByRoute(pagesOf(keys, 4), checkRoutes(ROUTES), '', 10);
    const [fastq, vcf] = await Promise.all([drain(split.pagesOf('fastq')), drain(split.pagesOf('vcf'))]);

    // Assess
    expect(fastq).toEqual([]);
    expect(vcf).toHaveLength(10);
    expect(split.truncated()).toBe(true);
  });

  it('keeps the listing going while one route reads slowly (bounded queues, no deadlock)', async () => {
    // Prepare
    const keys = Array.from({ length: 400 }, (_, index) => `k${index}${index % 3 === 0 ? '.vcf' : '.fastq'}`);
    const split = splitByRoute(pagesOf(keys, 2), checkRoutes(ROUTES), '', 0);
    const slow = async () => {
      const seen: string[] = [];
      for await (const page of split.pagesOf('vcf')) {
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(...page.map((object) => object.key));
      }
      return seen;
    };

    // Act
    const [fastq, vcf] = await Promise.all([drain(split.pagesOf('fastq')), slow()]);

    // Assess
    expect(fastq.length + vcf.length).toBe(400);
  });
});

describe('routed discovery, branches and report', () => {
  const counting = (label: string): ItemStage<number, { files: number; label: string }> => ({
    async process(object) {
      return object.size;
    },
    summary: {
      empty: () => ({ files: 0, label }),
      add: (total) => ({ ...total, files: total.files + 1 }),
      merge: (a, b) => ({ label, files: a.files + b.files }),
    },
  });

  it('writes one manifest per route and the report merges both branches by route', async () => {
    // Prepare
    const kit = testKit({
      files: { 'in/a.fastq': 'AC', 'in/b.vcf': 'v', 'in/c.fastq.gz': 'z', 'in/d.txt': 't' },
      settings: { inputPrefix: 'in/', maxObjects: 0 },
    });

    // Act
    const discovery = await createManifestDiscoveryHandler(kit, { routes: ROUTES })({ executionId: 'e1', trigger: {} });
    const fastqOut = await createItemHandler(
      routeStage('fastq', counting('fastq')),
      kit,
    )(
      batchEvent(
        lines(kit.output.objects.get(discovery.routes?.fastq?.manifestKey ?? '')).map((key) => ({ key, size: 1 })),
      ),
    );
    const vcfOut = await createItemHandler(
      routeStage('vcf', counting('vcf')),
      kit,
    )(batchEvent([{ key: 'in/b.vcf', size: 1 }]));
    const summary = routedSummary({ fastq: counting('fastq').summary, vcf: counting('vcf').summary });
    const report = await createReportHandler(
      { title: 'Routed', summary },
      kit,
    )({
      executionId: 'e1',
      discovery,
      results: [[fastqOut], [vcfOut], []],
    });

    // Assess
    expect(discovery).toMatchObject({ totalObjects: 3, unrouted: 1, truncated: false });
    expect(discovery.routes?.fastq).toMatchObject({ totalObjects: 2, resultPrefix: expect.stringMatching(/fastq$/) });
    expect(lines(kit.output.objects.get(discovery.routes?.vcf?.manifestKey ?? ''))).toEqual(['in/b.vcf']);
    expect(kit.output.objects.get(discovery.manifestKey)).toMatchObject({ totalObjects: 3 });
    expect(report).toMatchObject({ objects: 3, succeeded: 3, failed: 0 });
    const written = kit.output.objects.get(report.reportKey) as { summary: unknown };
    expect(written.summary).toEqual({ fastq: { files: 2, label: 'fastq' }, vcf: { files: 1, label: 'vcf' } });
  });

  it('routes the one file of an event to its route and leaves the others empty', async () => {
    // Prepare
    const kit = testKit({ files: { 'in/x.vcf': 'v' }, settings: { inputPrefix: 'in/' } });
    const event = {
      source: 'aws.s3',
      'detail-type': 'Object Created',
      id: 'ev-1',
      time: '2025-01-02T03:04:05Z',
      detail: { bucket: { name: 'ap' }, object: { key: 'in/x.vcf', size: 1 } },
    };

    // Act
    const discovery = await createManifestDiscoveryHandler(kit, { routes: ROUTES })({
      executionId: 'e2',
      trigger: event,
    });

    // Assess
    expect(discovery.routes?.vcf?.totalObjects).toBe(1);
    expect(discovery.routes?.fastq?.totalObjects).toBe(0);
    expect(discovery.trigger).toBe('S3');
  });

  it('reads outcomes of a Parallel state: arrays, ResultWriter details and empty branches', async () => {
    // Prepare
    const kit = testKit({ files: {} });
    const outcome = {
      status: 'SUCCEEDED',
      objects: 1,
      succeeded: 1,
      bytes: 1,
      failures: [],
      failedCount: 0,
      summary: 1,
    };
    const file = await kit.output.putJson('res/s.json', [{ Status: 'SUCCEEDED', Output: JSON.stringify(outcome) }]);
    const manifest = await kit.output.putJson('res/manifest.json', { ResultFiles: { SUCCEEDED: [{ Key: file }] } });

    // Act
    const seen: unknown[] = [];
    for await (const item of readOutcomes(
      [{ ResultWriterDetails: { Bucket: 'b', Key: manifest } }, [], [outcome]],
      kit.output,
    )) {
      seen.push(item);
    }

    // Assess
    expect(seen).toEqual([outcome, outcome]);
  });
});

describe('the processor context deadline', () => {
  it('is the invocation end the Lambda context gives, or 15 minutes ahead without one', async () => {
    // Prepare
    const seen: Array<Date | undefined> = [];
    const stage: ItemStage<number, number> = {
      async process(_object, ctx) {
        seen.push(ctx.deadline);
        return 1;
      },
      summary: { empty: () => 0, add: (a, b) => a + b, merge: (a, b) => a + b },
    };
    const kit = testKit({ files: { 'a.txt': 'a' } });
    const handler = createItemHandler(stage, kit);
    const before = Date.now();

    // Act
    await handler(batchEvent([{ key: 'a.txt', size: 1 }]), { getRemainingTimeInMillis: () => 30_000 });
    await handler(batchEvent([{ key: 'a.txt', size: 1 }]));

    // Assess
    const [withContext, without] = seen.map((date) => (date?.getTime() ?? 0) - before);
    expect(withContext).toBeGreaterThanOrEqual(30_000);
    expect(withContext).toBeLessThan(60_000);
    expect(without).toBeGreaterThanOrEqual(900_000);
  });
});
