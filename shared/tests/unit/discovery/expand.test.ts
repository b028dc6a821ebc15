import { expandWorkItem } from '../../../src/discovery';
import { AccessDeniedError, ObjectNotFoundError, ValidationError } from '../../../src/errors';
import type { OutputWriter } from '../../../src/output';
import { createMemoryOutputWriter } from '../../../src/output';

const KEY = 'ai-outputs/manifests/2025/01/01/e.json';

function withManifest(manifest: unknown) {
  const output = createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' });
  output.objects.set(KEY, JSON.stringify(manifest));
  return output;
}

describe('expandWorkItem', () => {
  it('returns an inline object as the only object to process', async () => {
    // Act
    const objects = await expandWorkItem(
      { key: 'a.pdf', size: 1 },
      createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' }),
    );

    // Assess
    expect(objects).toEqual([{ key: 'a.pdf', size: 1 }]);
  });

  it('returns its slice of the manifest', async () => {
    // Prepare
    const objects = Array.from({ length: 5 }, (_, index) => ({ key: `k${index}`, size: index }));
    const output = withManifest({ objects });

    // Act
    const slice = await expandWorkItem({ manifestKey: KEY, chunkIndex: 1, offset: 2, count: 2 }, output);

    // Assess
    expect(slice).toEqual([
      { key: 'k2', size: 2 },
      { key: 'k3', size: 3 },
    ]);
  });

  it('rejects a manifest shorter than the chunk', async () => {
    // Prepare
    const output = withManifest({ objects: [{ key: 'a', size: 1 }] });

    // Act
    const act = expandWorkItem({ manifestKey: KEY, chunkIndex: 0, offset: 0, count: 2 }, output);

    // Assess
    await expect(act).rejects.toThrow(ValidationError);
    await expect(act).rejects.toThrow('holds 1 objects but the chunk needs objects 0 to 1');
  });

  it.each([[null], [{}], [{ objects: 'nope' }]])('rejects the manifest %j without an objects array', async (body) => {
    // Act
    const act = expandWorkItem({ manifestKey: KEY, chunkIndex: 0, offset: 0, count: 1 }, withManifest(body));

    // Assess
    await expect(act).rejects.toThrow('has no "objects" array');
  });

  it('rejects a malformed object inside the chunk and names its position', async () => {
    // Prepare
    const output = withManifest({ objects: [{ key: 'a', size: 1 }, { key: 'b' }] });

    // Act
    const act = expandWorkItem({ manifestKey: KEY, chunkIndex: 0, offset: 0, count: 2 }, output);

    // Assess
    await expect(act).rejects.toThrow('object 1: size must be an integer');
  });

  it('turns a missing manifest into ValidationError keeping the cause', async () => {
    // Act
    const error = await expandWorkItem(
      { manifestKey: 'gone.json', chunkIndex: 3, offset: 0, count: 1 },
      createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' }),
    )
      .then(() => undefined)
      .catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe('manifest gone.json (chunk 3) does not exist');
    expect((error as ValidationError).cause).toBeInstanceOf(ObjectNotFoundError);
  });

  it('passes other read failures through unchanged', async () => {
    // Prepare
    const denied = new AccessDeniedError('denied');
    const output: OutputWriter = {
      ...createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' }),
      getJson: () => Promise.reject(denied),
    };

    // Act / Assess
    await expect(expandWorkItem({ manifestKey: KEY, chunkIndex: 0, offset: 0, count: 1 }, output)).rejects.toBe(denied);
  });
});
