import type { ImageLabeler } from '../../../src/ai';
import { ThrottlingError, ValidationError } from '../../../src/errors';
import { IMAGE_STAGES, processImage, resultKey } from '../../../src/image-catalog';
import { imagePorts, NOW, objectOf } from './fakes';
import { makeJpeg, makePng } from './images';

const KEY = 'products/bags/tote.jpg';
const files = { [KEY]: makeJpeg(1600, 1000, 120 * 1024) };

describe('processImage', () => {
  it('runs every stage in order and writes one result per stage', async () => {
    // Prepare
    const { ports, input, output } = imagePorts(files);
    const object = objectOf(input, KEY);

    // Act
    const outcome = await processImage(object, ports);

    // Assess
    expect(IMAGE_STAGES).toEqual(['tagging', 'catalog', 'quality']);
    expect(outcome.outputKeys).toEqual(
      (['tags', 'catalog', 'quality'] as const).map((kind) => `out/${resultKey(kind, object, NOW)}`),
    );
    expect(outcome).toMatchObject({ key: KEY, etag: object.etag, tags: { status: 'tagged' } });
    expect(outcome.catalog?.entry.title).toBe('Tote');
    expect(outcome.quality).toMatchObject({ format: 'jpeg', width: 1600, height: 1000, passed: true });
    expect([...output.objects.keys()]).toEqual(outcome.outputKeys);
  });

  it('gives the same outputs whether the stages run together or one at a time', async () => {
    // Prepare
    const together = imagePorts(files);
    const apart = imagePorts(files);
    const object = objectOf(together.input, KEY);

    // Act
    await processImage(object, together.ports);
    for (const stage of IMAGE_STAGES) await processImage(object, apart.ports, [stage]);

    // Assess
    expect(apart.output.objects).toEqual(together.output.objects);
  });

  it('reads the written tags back when the catalog stage runs on its own', async () => {
    // Prepare
    const { ports, input } = imagePorts(files);
    const object = objectOf(input, KEY);
    const full = await processImage(object, imagePorts(files).ports);
    await processImage(object, ports, ['tagging']);
    const describe = jest.spyOn(ports.textGenerator, 'generate');

    // Act
    const outcome = await processImage(object, ports, ['catalog']);

    // Assess
    expect(outcome.tags).toBeUndefined();
    expect(outcome.catalog).toEqual(full.catalog);
    expect(describe.mock.calls[0]?.[0].prompt).toContain(`Detected labels: ${full.tags?.labels[0]?.name}`);
  });

  it('rejects malformed tags of another version instead of describing the wrong image', async () => {
    // Prepare
    const { ports, input, output } = imagePorts(files);
    const object = objectOf(input, KEY);
    output.objects.set(`out/${resultKey('tags', object, NOW)}`, { key: KEY, etag: 'other', labels: [], status: 'x' });

    // Act & Assess
    await expect(processImage(object, ports, ['catalog'])).rejects.toThrow(ValidationError);
    await expect(processImage(object, ports, ['catalog'])).rejects.toThrow(/tags of products\/bags\/tote\.jpg/);
  });

  it('fails when the catalog stage runs before any tags exist', async () => {
    // Prepare
    const { ports, input } = imagePorts(files);

    // Act & Assess
    await expect(processImage(objectOf(input, KEY), ports, ['catalog'])).rejects.toThrow('does not exist');
  });

  it('propagates a service failure and writes nothing after it', async () => {
    // Prepare
    const labeler: ImageLabeler = {
      detectLabels: async () => {
        throw new ThrottlingError('Rekognition throttled');
      },
    };
    const { ports, input, output } = imagePorts({ 'a.png': makePng(900, 900) }, { labeler });

    // Act & Assess
    await expect(processImage(objectOf(input, 'a.png'), ports)).rejects.toThrow(ThrottlingError);
    expect(output.objects.size).toBe(0);
  });

  it('records a corrupt image in every result instead of failing', async () => {
    // Prepare
    const { ports, input } = imagePorts({ 'bad.jpg': Buffer.from('not a jpeg') });

    // Act
    const outcome = await processImage(objectOf(input, 'bad.jpg'), ports);

    // Assess
    expect(outcome.tags?.status).toBe('unreadable');
    expect(outcome.catalog?.source).toBe('fallback');
    expect(outcome.quality?.passed).toBe(false);
  });
});
