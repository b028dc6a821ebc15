import { createHandler } from '../../../src/functions/report';
import { createMemoryOutput, createRecordingNotifier, FIXED_NOW } from '../fakes';

const event = {
  executionId: 'run-5',
  discovery: { manifestKey: 'manifests/2025/01/15/run-5.json', totalObjects: 2, totalBytes: 20, truncated: false },
  results: [
    { status: 'SUCCEEDED', objects: 1, bytes: 10, byType: { text: 1 }, lines: 1, words: 2, nonUtf8Files: 0 },
    { status: 'FAILED', item: { key: 'b.bin', size: 10 }, error: { Error: 'States.Timeout', Cause: 'Task timed out' } },
  ],
};

describe('report handler', () => {
  it('writes the report, notifies and returns where the report is', async () => {
    // Prepare
    const output = createMemoryOutput();
    const notifier = createRecordingNotifier();

    // Act
    const outcome = await createHandler({ output, notifier, clock: () => FIXED_NOW })(event);

    // Assess
    expect(outcome).toMatchObject({ inventoriedObjects: 1, failedItems: 1, notified: true });
    expect(output.objects.has(outcome.reportKey)).toBe(true);
    expect(notifier.published[0]?.subject).toBe('File inventory: 1 objects, 1 failed');
  });

  it('skips the notification when no topic is configured', async () => {
    // Act
    const outcome = await createHandler({ output: createMemoryOutput(), notifier: undefined, clock: () => FIXED_NOW })(
      event,
    );

    // Assess
    expect(outcome.notified).toBe(false);
  });

  it('rejects an event that is not a report event without writing anything', async () => {
    // Prepare
    const output = createMemoryOutput();

    // Act
    const run = createHandler({ output, notifier: undefined, clock: () => FIXED_NOW })({ executionId: 'run-5' });

    // Assess
    await expect(run).rejects.toMatchObject({ name: 'InventoryEventError' });
    expect(output.objects.size).toBe(0);
  });
});
