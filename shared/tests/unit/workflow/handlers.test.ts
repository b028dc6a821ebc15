import { AllItemsFailedError, ThrottlingError, ValidationError } from '../../../src/errors';
import { batchEvent, itemEvent, testKit } from '../../../src/testing';
import {
  type BatchOutcome,
  createDiscoveryHandler,
  createItemHandler,
  createManifestDiscoveryHandler,
  createReportHandler,
  type ItemStage,
} from '../../../src/workflow';

/** A stage that counts characters, failing on keys that say so. */
const stage: ItemStage<number, { chars: number }> = {
  async process(object, ctx) {
    if (object.key.includes('bad')) throw new ValidationError(`${object.key} is bad`);
    if (object.key.includes('slow')) throw new ThrottlingError('slow down');
    const text = await ctx.input.getText(object.key, { allowEmpty: true });
    await ctx.output.putJson(`results/${object.key}.json`, { chars: text.length });
    return text.length;
  },
  summary: {
    empty: () => ({ chars: 0 }),
    add: (total, chars) => ({ chars: total.chars + chars }),
    merge: (a, b) => ({ chars: a.chars + b.chars }),
  },
};

describe('createDiscoveryHandler', () => {
  it('lists the prefix, writes the manifest and returns the objects inline', async () => {
    // Prepare
    const kit = testKit({
      files: { 'in/a.txt': 'aa', 'in/b.csv': 'b', 'other/c.txt': 'c' },
      settings: { inputPrefix: 'in/' },
    });

    // Act
    const result = await createDiscoveryHandler(kit)({ executionId: 'exec-1', trigger: {} });

    // Assess
    expect(result).toMatchObject({ totalObjects: 2, totalBytes: 3, inline: true, trigger: 'SCHEDULE' });
    expect(result.items.map((item) => ('key' in item ? item.key : ''))).toEqual(['in/a.txt', 'in/b.csv']);
    expect(kit.output.objects.has(`out/${result.manifestKey.slice('out/'.length)}`)).toBe(true);
  });

  it('says why nothing was found', async () => {
    const kit = testKit({ files: { 'a.bin': 'x' }, settings: { suffixes: ['.txt'] } });
    const result = await createDiscoveryHandler(kit)({ executionId: 'exec-1' });
    expect(result.totalObjects).toBe(0);
    expect(result.reason).toMatch(/matches SUFFIX_FILTER ".txt"/);
  });

  it('looks up only the file an FPolicy event names', async () => {
    const kit = testKit({ files: { 'in/a.txt': 'aa', 'in/b.txt': 'b' } });
    const trigger = {
      source: 'fsxn.fpolicy',
      'detail-type': 'FPolicy File Operation',
      detail: {
        event_id: 'e',
        operation_type: 'write',
        file_path: 'in/b.txt',
        volume_name: 'v',
        svm_name: 's',
        timestamp: '2025-01-01T00:00:00Z',
      },
    };
    const result = await createDiscoveryHandler(kit)({ executionId: 'exec-1', trigger });
    expect(result).toMatchObject({ totalObjects: 1, trigger: 'FPOLICY', items: [{ key: 'in/b.txt', size: 1 }] });
    expect(kit.input.calls.list).toBe(0);
  });

  it('rejects an event without executionId', async () => {
    await expect(createDiscoveryHandler(testKit())({ trigger: {} })).rejects.toThrow(/executionId/);
  });
});

describe('createItemHandler', () => {
  it('processes a Distributed Map batch and folds the summary', async () => {
    const kit = testKit({ files: { 'a.txt': 'abc', 'b.txt': 'de' } });
    const outcome = await createItemHandler(
      stage,
      kit,
    )(
      batchEvent([
        { key: 'a.txt', size: 3 },
        { key: 'b.txt', size: 2 },
      ]),
    );
    expect(outcome).toEqual({
      status: 'SUCCEEDED',
      objects: 2,
      succeeded: 2,
      bytes: 5,
      failures: [],
      failedCount: 0,
      summary: { chars: 5 },
    });
    expect(kit.output.objects.get('out/results/a.txt.json')).toEqual({ chars: 3 });
  });

  it('turns a named error into a failure record and keeps going', async () => {
    const kit = testKit({ files: { 'bad.txt': 'x', 'ok.txt': 'yy' } });
    const outcome = await createItemHandler(
      stage,
      kit,
    )(
      batchEvent([
        { key: 'bad.txt', size: 1 },
        { key: 'ok.txt', size: 2 },
      ]),
    );
    expect(outcome).toMatchObject({ succeeded: 1, failedCount: 1, summary: { chars: 2 } });
    expect(outcome.failures).toEqual([{ item: 'bad.txt', error: 'ValidationError', message: 'bad.txt is bad' }]);
  });

  it('throws a transient failure so the state machine retries the item', async () => {
    const kit = testKit({ files: { 'slow.txt': 'x' } });
    await expect(createItemHandler(stage, kit)(itemEvent('slow.txt', 1))).rejects.toThrow(ThrottlingError);
  });

  it('reads a manifest chunk through the output writer', async () => {
    const kit = testKit({ files: { 'a.txt': 'a', 'b.txt': 'bb', 'c.txt': 'ccc' } });
    const manifestKey = await kit.output.putJson('manifests/m.json', { objects: kit.input.summaries() });
    const event = { executionId: 'e', item: { manifestKey, chunkIndex: 0, offset: 1, count: 2 } };
    const outcome = await createItemHandler(stage, kit)(event);
    expect(outcome).toMatchObject({ objects: 2, summary: { chars: 5 } });
  });

  it('records a missing object as a failure, not a crash', async () => {
    const outcome = await createItemHandler(stage, testKit())(itemEvent('gone.txt', 1));
    expect(outcome.failures[0]).toMatchObject({ item: 'gone.txt', error: 'ObjectNotFoundError' });
  });

  it.each([
    ['no executionId', { item: { key: 'a', size: 1 } }],
    ['an empty batch', { Items: [], BatchInput: { executionId: 'e' } }],
    ['a batch item without key', { Items: [{ size: 1 }], BatchInput: { executionId: 'e' } }],
    ['null', null],
  ])('rejects %s with ValidationError', async (_what, event) => {
    await expect(createItemHandler(stage, testKit())(event)).rejects.toThrow(ValidationError);
  });
});

describe('createReportHandler', () => {
  const spec = {
    title: 'Character count',
    summary: stage.summary,
    sections: (summary: { chars: number }) => [
      { title: 'Characters', facts: [['Total', summary.chars]] as [string, number][] },
    ],
  };
  const discovery = { manifestKey: 'out/manifests/m.json', totalObjects: 3, totalBytes: 6, truncated: false };
  const ok = (chars: number): BatchOutcome<{ chars: number }> => ({
    status: 'SUCCEEDED',
    objects: 1,
    succeeded: 1,
    bytes: chars,
    failures: [],
    failedCount: 0,
    summary: { chars },
  });
  const caught = {
    status: 'FAILED',
    item: { key: 'c.txt', size: 1 },
    error: { Error: 'States.Timeout', Cause: 'timed out' },
  };

  it('writes JSON, Markdown and HTML, lists failures and notifies', async () => {
    const kit = testKit();
    const outcome = await createReportHandler(
      spec,
      kit,
    )({ executionId: 'exec-1', discovery, results: [ok(2), ok(3), caught] });
    expect(outcome).toMatchObject({ objects: 3, succeeded: 2, failed: 1, notified: true });
    const report = kit.output.objects.get(outcome.reportKey) as { summary: unknown; failures: unknown[] };
    expect(report.summary).toEqual({ chars: 5 });
    expect(report.failures).toEqual([{ item: 'c.txt', error: 'States.Timeout', message: 'timed out' }]);
    const markdown = String(kit.output.objects.get(outcome.summaryKey));
    expect(markdown).toContain('- Total: 5');
    expect(markdown).toContain('| c.txt | States.Timeout | timed out |');
    expect(kit.notifier.messages[0]?.subject).toBe('Character count: 2 processed, 1 failed');
    const html = String(kit.output.objects.get(outcome.htmlKey));
    expect(html).toContain('SUCCEEDED WITH FAILURES');
    expect(html).toContain('<td>c.txt</td>');
    expect(html).toContain('href="exec-1_report.json"');
  });

  it('reads a Distributed Map result manifest from S3', async () => {
    const kit = testKit();
    const succeeded = await kit.output.putJson('maps/run/SUCCEEDED_0.json', [
      { Status: 'SUCCEEDED', Output: JSON.stringify(ok(4)) },
    ]);
    const failed = await kit.output.putJson('maps/run/FAILED_0.json', [
      {
        Status: 'FAILED',
        Input: JSON.stringify({
          Items: [
            { key: 'x', size: 1 },
            { key: 'y', size: 1 },
          ],
        }),
        Error: 'Lambda.Unknown',
        Cause: '{"errorMessage":"boom"}',
      },
    ]);
    const manifest = await kit.output.putJson('maps/run/manifest.json', {
      ResultFiles: { SUCCEEDED: [{ Key: succeeded }], FAILED: [{ Key: failed }] },
    });
    const results = { ResultWriterDetails: { Bucket: 'b', Key: manifest } };
    const outcome = await createReportHandler(spec, kit)({ executionId: 'exec-1', discovery, results });
    expect(outcome).toMatchObject({ objects: 3, succeeded: 1, failed: 2 });
    const report = kit.output.objects.get(outcome.reportKey) as { failures: { message: string }[] };
    expect(report.failures[0]?.message).toBe('boom');
  });

  it('writes the report and then fails when every object failed', async () => {
    const kit = testKit();
    await expect(
      createReportHandler(spec, kit)({ executionId: 'exec-1', discovery, results: [caught] }),
    ).rejects.toThrow(AllItemsFailedError);
    expect([...kit.output.objects.keys()].some((key) => key.endsWith('_report.json'))).toBe(true);
  });

  it('rejects an outcome of an unknown shape', async () => {
    await expect(
      createReportHandler(spec, testKit())({ executionId: 'e', discovery, results: [{ status: 'DONE' }] }),
    ).rejects.toThrow(ValidationError);
  });
});

describe('createManifestDiscoveryHandler', () => {
  const lines = (text: unknown) =>
    String(text)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { key: string });

  it('streams every listed object to a JSON Lines manifest and returns no items', async () => {
    // Prepare
    const files = Object.fromEntries(
      Array.from({ length: 2500 }, (_, index) => [`in/f${String(index).padStart(4, '0')}.txt`, 'x']),
    );
    const kit = testKit({ files, settings: { inputPrefix: 'in/', maxObjects: 0 } });

    // Act
    const result = await createManifestDiscoveryHandler(kit)({ executionId: 'exec-1', trigger: {} });

    // Assess
    expect(result).toMatchObject({
      manifestBucket: 'memory-output',
      totalObjects: 2500,
      totalBytes: 2500,
      truncated: false,
      trigger: 'SCHEDULE',
    });
    expect(result).not.toHaveProperty('items');
    const written = lines(kit.output.objects.get(result.manifestKey));
    expect(written).toHaveLength(2500);
    expect(written[0]).toEqual({
      key: 'in/f0000.txt',
      size: 1,
      etag: expect.any(String),
      lastModified: expect.any(String),
    });
    expect(kit.input.calls.list).toBe(3);
  });

  it('stops at MAX_OBJECTS and says the listing was truncated', async () => {
    const kit = testKit({ files: { a: '1', b: '2', c: '3' }, settings: { maxObjects: 2 } });
    const result = await createManifestDiscoveryHandler(kit)({ executionId: 'e' });
    expect(result).toMatchObject({ totalObjects: 2, truncated: true });
    expect(lines(kit.output.objects.get(result.manifestKey)).map((line) => line.key)).toEqual(['a', 'b']);
  });

  it('writes the one object of an S3 event, or nothing and why', async () => {
    const kit = testKit({ files: { 'in/p.png': 'png' } });
    const s3 = (key: string) => ({
      executionId: 'e',
      trigger: {
        id: 'i',
        source: 'aws.s3',
        'detail-type': 'Object Created',
        time: '2025-01-01T00:00:00Z',
        detail: { bucket: { name: 'b' }, object: { key } },
      },
    });
    const found = await createManifestDiscoveryHandler(kit)(s3('in/p.png'));
    expect(found).toMatchObject({ totalObjects: 1, trigger: 'S3' });
    const gone = await createManifestDiscoveryHandler(kit)(s3('in/gone.png'));
    expect(gone).toMatchObject({
      totalObjects: 0,
      reason: 'in/gone.png no longer exists (moved or deleted since the event)',
    });
  });
});

describe('item dates', () => {
  it('dates outputs by the execution start time when the state machine passes it', async () => {
    // Prepare
    const kit = testKit({ files: { 'a.txt': 'abc' } });
    const seen: string[] = [];
    const dated: ItemStage<number, { chars: number }> = {
      ...stage,
      async process(object, ctx) {
        seen.push(ctx.now.toISOString());
        return stage.process(object, ctx);
      },
    };
    const event = {
      Items: [{ key: 'a.txt', size: 3 }],
      BatchInput: { executionId: 'e', startedAt: '2024-12-31T23:59:59.000Z' },
    };

    // Act
    await createItemHandler(dated, kit)(event);

    // Assess
    expect(seen).toEqual(['2024-12-31T23:59:59.000Z']);
  });

  it('rejects a start time that is not a date', async () => {
    const event = { Items: [{ key: 'a.txt', size: 3 }], BatchInput: { executionId: 'e', startedAt: 'soon' } };
    await expect(createItemHandler(stage, testKit())(event)).rejects.toThrow(/startedAt: must be an ISO 8601 date/);
  });
});
