import { DemoImageLabeler, DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { AiServiceError, ThrottlingError } from '@fsxn-s3ap/shared/errors';
import { testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { makePng } from '../../../scripts/demo-images';
import { loadImageSettings } from '../../../src/config';
import { catalog } from '../../../src/stages/catalog';
import { quality } from '../../../src/stages/quality';
import { tagging } from '../../../src/stages/tagging';
import { MemoryFileState } from '../fakes';

const png = makePng(1000, 1000, [200, 30, 30], 120 * 1024);
const settings = loadImageSettings({});
const ports = { labeler: new DemoImageLabeler(), textGenerator: new DemoTextGenerator(), state: undefined };

function setup(now = '2025-03-04T05:06:07.000Z') {
  const kit = testKit({ files: { 'p/a.png': png }, now });
  const event = { executionId: 'run-1', item: { key: 'p/a.png', size: png.length, etag: '"e1"' } };
  return { kit, event };
}

describe('polling steps on the kit', () => {
  it('tag, describe and check one image, each writing its own result', async () => {
    // Prepare
    const { kit, event } = setup();

    // Act
    const outcomes = [
      await createItemHandler(tagging, { ...kit, settings, ports })(event),
      await createItemHandler(catalog, { ...kit, settings, ports })(event),
      await createItemHandler(quality, { ...kit, settings, ports })(event),
    ];

    // Assess
    expect(outcomes.map((outcome) => [outcome.succeeded, outcome.failedCount])).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
    expect(outcomes[0]?.summary).toMatchObject({ tagged: 1, modelEntries: 0, qualityPassed: 0 });
    expect(outcomes[1]?.summary).toMatchObject({ tagged: 0, modelEntries: 1 });
    expect(outcomes[2]?.summary).toMatchObject({ qualityPassed: 1, qualityFailed: 0 });
    const kinds = [...kit.output.objects.keys()].map((key) => key.slice(kit.output.prefix.length).split('/')[0]).sort();
    expect(kinds).toEqual(['catalog', 'quality', 'tags']);
  });

  it('reads tags written before midnight UTC when the catalog step runs after it', async () => {
    // Prepare
    const before = setup('2025-03-04T23:59:59.000Z');
    await createItemHandler(tagging, { ...before.kit, settings, ports })(before.event);
    const after = { ...before.kit, clock: () => new Date('2025-03-05T00:00:03.000Z') };

    // Act
    const outcome = await createItemHandler(catalog, { ...after, settings, ports })(before.event);

    // Assess
    expect(outcome).toMatchObject({ succeeded: 1, failedCount: 0 });
    expect(
      [...before.kit.output.objects.keys()].some((key) =>
        key.startsWith(`${before.kit.output.prefix}catalog/2025/03/05/`),
      ),
    ).toBe(true);
  });

  it('records TagsNotFoundError when the tagging step wrote nothing', async () => {
    // Prepare
    const { kit, event } = setup();

    // Act
    const outcome = await createItemHandler(catalog, { ...kit, settings, ports })(event);

    // Assess
    expect(outcome.failures).toEqual([
      { item: 'p/a.png', error: 'TagsNotFoundError', message: expect.stringContaining('did not write them') },
    ]);
  });

  it('marks the claimed version failed and rethrows a transient error for the Retry', async () => {
    // Prepare
    const { kit, event } = setup();
    const state = new MemoryFileState();
    const labeler = { detectLabels: () => Promise.reject(new ThrottlingError('slow down')) };

    // Act
    const run = createItemHandler(tagging, { ...kit, settings, ports: { labeler, state } })(event);

    // Assess
    await expect(run).rejects.toThrow(ThrottlingError);
    expect(state.items.get('p/a.png')).toMatchObject({ status: 'failed' });
  });

  it('turns a service error into a failure record of that image', async () => {
    // Prepare
    const { kit, event } = setup();
    const labeler = { detectLabels: () => Promise.reject(new AiServiceError('bad request', { cause: new Error() })) };

    // Act
    const outcome = await createItemHandler(tagging, { ...kit, settings, ports: { labeler, state: undefined } })(event);

    // Assess
    expect(outcome).toMatchObject({ succeeded: 0, failedCount: 1, failures: [{ error: 'AiServiceError' }] });
  });
});
