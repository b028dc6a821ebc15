import { testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import fc from 'fast-check';
import { type HealthSummary, logAnalysis, mergeHealth } from '../../../src/domain/log-analysis';
import type { MonitoringSettings } from '../../../src/domain/settings';
import { fileAnalysis } from './file-analysis';

const settings: MonitoringSettings = {
  inputPrefix: 'logs/',
  readCapBytes: 1024,
  clusterName: 'c',
  alertSeverity: 'CRITICAL',
};

const analysis = (key: string) => fileAnalysis(key, 'other', 'LOW');

describe('log analysis stage', () => {
  it('classifies each log without the prefix words and keeps the analyses ordered by key', async () => {
    // Prepare: "logs/" would classify nothing, but "status" in the name makes a health check log.
    const kit = testKit({
      files: { 'logs/z/status.log': 'all resources ISP\n', 'logs/a/lifekeeper.log': 'ISP -> OSF failover\n' },
    });
    const event = { Items: kit.input.summaries(), BatchInput: { executionId: 'e1' } };

    // Act
    const outcome = await createItemHandler(logAnalysis, { ...kit, settings })(event);

    // Assess
    expect(outcome.summary.files.map((file) => [file.key, file.category, file.severity])).toEqual([
      ['logs/a/lifekeeper.log', 'failover_event', 'CRITICAL'],
      ['logs/z/status.log', 'health_check', 'MEDIUM'],
    ]);
  });

  it('turns a log that vanished after the listing into a failure record, not a lost run', async () => {
    // Prepare
    const kit = testKit({ files: { 'logs/a.log': 'ok\n' } });
    const event = {
      Items: [...kit.input.summaries(), { key: 'logs/gone.log', size: 10 }],
      BatchInput: { executionId: 'e1' },
    };

    // Act
    const outcome = await createItemHandler(logAnalysis, { ...kit, settings })(event);

    // Assess
    expect(outcome).toMatchObject({ objects: 2, succeeded: 1, failedCount: 1 });
    expect(outcome.failures).toEqual([
      expect.objectContaining({ item: 'logs/gone.log', error: 'ObjectNotFoundError' }),
    ]);
  });
});

describe('mergeHealth', () => {
  const summary = fc
    .uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 6 })
    .map((keys): HealthSummary => ({ files: keys.map(analysis).sort((a, b) => (a.key < b.key ? -1 : 1)) }));
  const disjoint = fc
    .uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 12 })
    .chain((keys) => fc.tuple(fc.constant(keys), fc.nat(keys.length), fc.nat(keys.length)))
    .map(([keys, i, j]) => {
      const [lo, hi] = i <= j ? [i, j] : [j, i];
      const part = (slice: string[]): HealthSummary => mergeHealth({ files: slice.map(analysis) }, { files: [] });
      return [part(keys.slice(0, lo)), part(keys.slice(lo, hi)), part(keys.slice(hi))] as const;
    });

  it('folds any split of a run to the same summary (associative, commutative, empty is the identity)', () => {
    fc.assert(
      fc.property(disjoint, ([a, b, c]) => {
        expect(mergeHealth(mergeHealth(a, b), c)).toEqual(mergeHealth(a, mergeHealth(b, c)));
        expect(mergeHealth(a, b)).toEqual(mergeHealth(b, a));
      }),
    );
    fc.assert(
      fc.property(summary, (a) => {
        expect(mergeHealth(a, logAnalysis.summary.empty())).toEqual(a);
      }),
    );
  });
});
