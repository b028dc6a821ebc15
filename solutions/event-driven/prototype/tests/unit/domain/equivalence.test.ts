import { IMAGE_STAGES, processImage, toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { createDiscoveryHandler, createItemHandler } from '@fsxn-s3ap/shared/workflow';
import fc from 'fast-check';
import { imageStage } from '../../../src/domain/image-stage';
import { demoFile, EVENT_TIME, IMAGE_SETTINGS, imageKit, objectCreated } from '../fakes';

const DEMO_KEYS = ['products/bags/canvas-tote.jpg', 'products/hats/small-cap.jpeg', 'products/misc/corrupt-photo.jpg'];

/**
 * The polling path as the retail catalog runs it: the listing entry becomes an ImageObject, and each Map state runs
 * one stage, all dated by the run time.
 */
async function runPolling(key: string, bytes: Uint8Array, runAt: Date) {
  const { deps, input, output } = imageKit({ [key]: bytes });
  const summary = { key, size: bytes.length, etag: `"${input.etagOf(key)}"`, lastModified: EVENT_TIME };
  const object = toImageObject(summary);
  const ports = { input, output, ...deps.ports, settings: IMAGE_SETTINGS, now: runAt };
  for (const stage of IMAGE_STAGES) await processImage(object, ports, [stage]);
  return output.objects;
}

/** The event path: the Object Created event through the kit's discovery, then the item handler's image stage. */
async function runEvent(key: string, bytes: Uint8Array, runAt: Date) {
  const { deps, input, output } = imageKit({ [key]: bytes }, () => runAt);
  const event = objectCreated(key, { size: bytes.length, etag: input.etagOf(key) });
  const discovery = await createDiscoveryHandler(deps)({ executionId: 'run-1', trigger: event });
  const outcome = await createItemHandler(imageStage, deps)({ executionId: 'run-1', item: discovery.items[0] });
  const results = new Map([...output.objects].filter(([outputKey]) => !outputKey.includes('/manifests/')));
  return { objects: results, outcome };
}

describe('processing equivalence of the polling and the event path', () => {
  it.each(DEMO_KEYS)('writes identical outputs for %s', async (key) => {
    // Prepare
    const bytes = demoFile(key);
    const runAt = new Date('2025-03-04T05:06:09.000Z');

    // Act
    const polling = await runPolling(key, bytes, runAt);
    const event = await runEvent(key, bytes, runAt);

    // Assess
    expect(polling.size).toBe(3);
    expect(event.outcome.summary.images.map((image) => image.outputKeys)).toEqual([[...polling.keys()]]);
    expect(event.objects).toEqual(polling);
  });

  it('holds for any demo image, folder and processing time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DEMO_KEYS),
        fc.stringMatching(/^[a-z0-9-]{1,12}$/),
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
        async (demoKey, folder, runAt) => {
          // Prepare
          const key = `products/${folder}/${demoKey.split('/').pop()}`;
          const bytes = demoFile(demoKey);

          // Act
          const polling = await runPolling(key, bytes, runAt);
          const event = await runEvent(key, bytes, runAt);

          // Assess
          expect(event.objects).toEqual(polling);
        },
      ),
      { numRuns: 30 },
    );
  });
});
