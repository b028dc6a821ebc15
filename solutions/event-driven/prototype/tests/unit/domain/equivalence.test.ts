import { IMAGE_STAGES, processImage, toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import fc from 'fast-check';
import { parseObjectCreatedEvent } from '../../../src/domain/object-event';
import { processObjectEvent } from '../../../src/domain/process-event';
import { demoFile, EVENT_TIME, eventPorts, objectCreated } from '../fakes';

const DEMO_KEYS = ['products/bags/canvas-tote.jpg', 'products/hats/small-cap.jpeg', 'products/misc/corrupt-photo.jpg'];

/**
 * The polling path as the retail catalog runs it: the listing entry becomes an ImageObject, and each Map state runs
 * one stage, all dated by the run time.
 */
async function runPolling(key: string, bytes: Uint8Array, runAt: Date) {
  const { ports, input, output } = eventPorts({ [key]: bytes });
  const summary = { key, size: bytes.length, etag: `"${input.etagOf(key)}"`, lastModified: EVENT_TIME };
  const object = toImageObject(summary);
  for (const stage of IMAGE_STAGES) await processImage(object, { ...ports, now: runAt }, [stage]);
  return output.objects;
}

/** The event path: the Object Created event of the same upload, processed by the EventProcessor's domain code. */
async function runEvent(key: string, bytes: Uint8Array, runAt: Date) {
  const { ports, input, output } = eventPorts({ [key]: bytes }, { clock: () => runAt });
  const event = parseObjectCreatedEvent(objectCreated(key, { size: bytes.length, etag: input.etagOf(key) }));
  const record = await processObjectEvent(event, ports);
  return { objects: output.objects, record };
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
    expect(event.record.outputKeys).toEqual([...polling.keys()]);
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
