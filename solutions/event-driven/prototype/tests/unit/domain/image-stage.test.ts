import { ConfigError } from '@fsxn-s3ap/shared/errors';
import { createDiscoveryHandler, createItemHandler } from '@fsxn-s3ap/shared/workflow';
import fc from 'fast-check';
import { type ImageRecord, imageStage, loadImageSettings, mergeImages } from '../../../src/domain/image-stage';
import { demoFile, imageKit, NOW, objectCreated } from '../fakes';

const KEY = 'products/bags/canvas-tote.jpg';

describe('image stage on the kit', () => {
  it('processes the one object an Object Created event names and times the work', async () => {
    // Prepare
    const finished = new Date(NOW.getTime() + 1500);
    const times = [NOW, NOW, finished]; // discovery, the item's start, the item's end
    const { deps, output } = imageKit({ [KEY]: demoFile(KEY) }, () => times.shift() ?? finished);

    // Act
    const discovery = await createDiscoveryHandler(deps)({ executionId: 'run-1', trigger: objectCreated(KEY) });
    const outcome = await createItemHandler(imageStage, deps)({ executionId: 'run-1', item: discovery.items[0] });

    // Assess
    expect(discovery).toMatchObject({ totalObjects: 1, trigger: 'S3' });
    expect(outcome).toMatchObject({ objects: 1, succeeded: 1, failedCount: 0 });
    const [image] = outcome.summary.images;
    expect(image).toMatchObject({
      key: KEY,
      etag: `e${demoFile(KEY).length}`,
      processingStartedAt: NOW.toISOString(),
      processingFinishedAt: finished.toISOString(),
    });
    expect(image?.outputKeys.map((key) => key.split('/')[1])).toEqual(['tags', 'catalog', 'quality']);
    expect([...output.objects.keys()].filter((key) => !key.includes('/manifests/'))).toEqual(image?.outputKeys);
  });

  it('skips an event for a key outside the prefix or the suffixes, with the reason, and writes no result', async () => {
    // Prepare
    const { deps } = imageKit({ 'drafts/a.jpg': demoFile(KEY), 'products/notes.txt': new Uint8Array([1]) });
    const discover = createDiscoveryHandler(deps);

    // Act
    const outside = await discover({ executionId: 'r1', trigger: objectCreated('drafts/a.jpg') });
    const text = await discover({ executionId: 'r2', trigger: objectCreated('products/notes.txt') });

    // Assess
    expect(outside).toMatchObject({ totalObjects: 0, reason: expect.stringContaining('outside INPUT_PREFIX') });
    expect(text).toMatchObject({ totalObjects: 0, reason: expect.stringContaining('SUFFIX_FILTER') });
  });

  it('skips an object deleted since the event', async () => {
    // Prepare
    const { deps } = imageKit({});

    // Act
    const discovery = await createDiscoveryHandler(deps)({ executionId: 'r', trigger: objectCreated(KEY) });

    // Assess
    expect(discovery).toMatchObject({ totalObjects: 0, reason: expect.stringContaining('no longer exists') });
  });

  it('reads LABEL_MIN_CONFIDENCE and MAX_LABELS, naming a bad one', () => {
    // Act & Assess
    expect(loadImageSettings({ LABEL_MIN_CONFIDENCE: '80', MAX_LABELS: '5' })).toMatchObject({
      minConfidence: 80,
      maxLabels: 5,
    });
    expect(() => loadImageSettings({ MAX_LABELS: '0' })).toThrow(ConfigError);
    expect(() => loadImageSettings({ MAX_LABELS: '0' })).toThrow('MAX_LABELS');
  });
});

describe('mergeImages', () => {
  const record = (key: string): ImageRecord => ({
    key,
    etag: 'e',
    size: 1,
    processingStartedAt: 'a',
    processingFinishedAt: 'b',
    outputKeys: [],
  });
  const summary = fc
    .uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 5 })
    .map((keys) => mergeImages({ images: keys.map(record) }, { images: [] }));

  it('is associative and commutative over disjoint runs, with the empty summary as identity', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 9 }), fc.nat(9), (keys, cut) => {
        const a = mergeImages({ images: keys.slice(0, cut).map(record) }, { images: [] });
        const b = mergeImages({ images: keys.slice(cut).map(record) }, { images: [] });
        expect(mergeImages(a, b)).toEqual(mergeImages(b, a));
        expect(mergeImages(mergeImages(a, b), imageStage.summary.empty())).toEqual(mergeImages(a, b));
      }),
    );
    fc.assert(
      fc.property(summary, summary, summary, (a, b, c) => {
        expect(mergeImages(mergeImages(a, b), c)).toEqual(mergeImages(a, mergeImages(b, c)));
      }),
    );
  });
});
