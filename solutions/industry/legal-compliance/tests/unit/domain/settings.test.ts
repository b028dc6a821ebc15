import type { OntapClient } from '@fsxn-s3ap/shared/ontap';
import { lazyOntapClient, loadOntapIds } from '../../../src/domain/settings';

describe('loadOntapIds', () => {
  it('reads SVM_UUID and VOLUME_UUID and names a missing one', () => {
    // Assess
    expect(loadOntapIds({ SVM_UUID: 's', VOLUME_UUID: 'v' })).toEqual({ svmUuid: 's', volumeUuid: 'v' });
    expect(() => loadOntapIds({ SVM_UUID: 's' })).toThrow('VOLUME_UUID');
  });
});

describe('lazyOntapClient', () => {
  it('creates the client once, and again after a failed creation', async () => {
    // Prepare
    const client = {} as OntapClient;
    const create = jest
      .fn<Promise<OntapClient>, []>()
      .mockRejectedValueOnce(new Error('secret unreadable'))
      .mockResolvedValue(client);
    const get = lazyOntapClient(create);

    // Act
    const first = await get().catch((error: Error) => error.message);
    const second = await get();
    const third = await get();

    // Assess
    expect(first).toBe('secret unreadable');
    expect(second).toBe(client);
    expect(third).toBe(client);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
