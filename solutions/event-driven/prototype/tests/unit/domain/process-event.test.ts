import { AccessDeniedError } from '@fsxn-s3ap/shared/errors';
import { parseObjectCreatedEvent } from '../../../src/domain/object-event';
import { processObjectEvent } from '../../../src/domain/process-event';
import { ObjectEventError } from '../../../src/errors';
import { demoFile, eventPorts, NOW, objectCreated } from '../fakes';

const KEY = 'products/bags/canvas-tote.jpg';
const files = { [KEY]: demoFile(KEY) };
const eventFor = (key: string, object: Record<string, unknown> = {}) =>
  parseObjectCreatedEvent(objectCreated(key, object));

describe('processObjectEvent', () => {
  it('processes the announced version and returns its three result keys', async () => {
    // Prepare
    const { ports, input, output } = eventPorts(files);

    // Act
    const record = await processObjectEvent(eventFor(KEY, { etag: input.etagOf(KEY) }), ports);

    // Assess
    expect(record).toMatchObject({
      status: 'PROCESSED',
      key: KEY,
      etag: input.etagOf(KEY),
      size: files[KEY]?.length,
      processingStartedAt: NOW.toISOString(),
      tagsStatus: 'tagged',
      catalogSource: 'model',
      qualityPassed: true,
    });
    expect(record.outputKeys.map((key) => key.split('/')[1])).toEqual(['tags', 'catalog', 'quality']);
    expect([...output.objects.keys()]).toEqual(record.outputKeys);
  });

  it('finds an object whose key the event carries URL-encoded', async () => {
    // Prepare
    const key = 'products/red flower.jpg';
    const { ports } = eventPorts({ [key]: demoFile(KEY) });

    // Act
    const record = await processObjectEvent(eventFor('products/red+flower.jpg'), ports);

    // Assess
    expect(record).toMatchObject({ status: 'PROCESSED', key });
  });

  it('skips a key outside the prefix or the suffixes and writes nothing', async () => {
    // Prepare
    const { ports, output } = eventPorts({ 'drafts/a.jpg': demoFile(KEY), 'products/a.txt': Buffer.from('x') });

    // Act
    const outside = await processObjectEvent(eventFor('drafts/a.jpg'), ports);
    const text = await processObjectEvent(eventFor('products/a.txt'), ports);

    // Assess
    expect(outside).toMatchObject({ status: 'SKIPPED', reason: 'key drafts/a.jpg is outside the prefix "products/"' });
    expect(text.reason).toMatch(/does not end in one of \.jpg/);
    expect(output.objects.size).toBe(0);
  });

  it('skips an object deleted since the event', async () => {
    // Prepare
    const { ports } = eventPorts({});

    // Act
    const record = await processObjectEvent(eventFor(KEY), ports);

    // Assess
    expect(record).toMatchObject({
      status: 'SKIPPED',
      reason: 'the object no longer exists (deleted after the event)',
    });
  });

  it('skips a version a newer upload replaced', async () => {
    // Prepare
    const { ports, output } = eventPorts(files);

    // Act
    const record = await processObjectEvent(eventFor(KEY, { etag: 'older' }), ports);

    // Assess
    expect(record.status).toBe('SKIPPED');
    expect(record.reason).toMatch(/^superseded: the event announced ETag older/);
    expect(output.objects.size).toBe(0);
  });

  it('rejects an event for another bucket', async () => {
    // Prepare
    const { ports } = eventPorts(files, { inputBucket: 'other' });

    // Act & Assess
    await expect(processObjectEvent(eventFor(KEY), ports)).rejects.toThrow(ObjectEventError);
  });

  it('propagates an access failure instead of skipping', async () => {
    // Prepare
    const { ports, input } = eventPorts(files);
    input.head = async () => {
      throw new AccessDeniedError('AccessDenied on HeadObject');
    };

    // Act & Assess
    await expect(processObjectEvent(eventFor(KEY), ports)).rejects.toThrow(AccessDeniedError);
  });
});
