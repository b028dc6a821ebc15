import type { ReportEvent } from '../../../src/domain/events';
import { writeReport } from '../../../src/domain/write-report';
import { ErrorName } from '../../../src/errors';
import { createMemoryOutput, createRecordingNotifier, FIXED_NOW } from '../fakes';

const discovery = { manifestKey: 'manifests/2025/01/15/run-9.json', totalObjects: 1, totalBytes: 5, truncated: false };
const succeeded: ReportEvent = {
  executionId: 'run-9',
  discovery,
  results: [{ status: 'SUCCEEDED', objects: 1, bytes: 5, byType: { text: 1 }, lines: 1, words: 1, nonUtf8Files: 0 }],
};
const allFailed: ReportEvent = {
  executionId: 'run-9',
  discovery,
  results: [{ status: 'FAILED', item: { key: 'a.txt', size: 5 }, error: { Error: 'ObjectNotFoundError' } }],
};

describe('writeReport', () => {
  it('writes the JSON report and the Markdown summary under reports/', async () => {
    // Prepare
    const output = createMemoryOutput();

    // Act
    const outcome = await writeReport(succeeded, { output, notifier: undefined, now: FIXED_NOW });

    // Assess
    expect(outcome).toEqual({
      reportKey: 'reports/2025/01/15/run-9_inventory-report.json',
      summaryKey: 'reports/2025/01/15/run-9_inventory-report.md',
      inventoriedObjects: 1,
      failedItems: 0,
      notified: false,
    });
    expect(JSON.parse(output.objects.get(outcome.reportKey) ?? '{}')).toMatchObject({ inventoried: { objects: 1 } });
    expect(output.objects.get(outcome.summaryKey)).toMatch(/^# File inventory run-9/);
  });

  it('publishes one notification naming the report location', async () => {
    // Prepare
    const notifier = createRecordingNotifier();

    // Act
    await writeReport(succeeded, { output: createMemoryOutput(), notifier, now: FIXED_NOW });

    // Assess
    expect(notifier.published).toHaveLength(1);
    expect(notifier.published[0]?.message).toContain(
      's3://output-bucket/reports/2025/01/15/run-9_inventory-report.json',
    );
  });

  it('records the failures, then fails a run where every item failed', async () => {
    // Prepare
    const output = createMemoryOutput();

    // Act
    const written = writeReport(allFailed, { output, notifier: undefined, now: FIXED_NOW });

    // Assess
    await expect(written).rejects.toMatchObject({ name: ErrorName.InventoryFailedError });
    expect(output.objects.has('reports/2025/01/15/run-9_inventory-report.json')).toBe(true);
  });

  it('fails when the notification cannot be published', async () => {
    // Prepare
    const notifier = { publish: jest.fn().mockRejectedValue(new Error('topic gone')) };

    // Act / Assess
    await expect(writeReport(succeeded, { output: createMemoryOutput(), notifier, now: FIXED_NOW })).rejects.toThrow(
      'topic gone',
    );
  });
});
