import { createKinesisPublisher } from '../../../src/adapters/kinesis-publisher';
import { changeEventFor, parseChangeEvent } from '../../../src/domain/change-event';

const NOW = new Date('2025-01-01T00:00:00.000Z');
const event = (key: string) => changeEventFor({ key, size: 1, etag: 'e', lastModified: '' }, 'CREATED', NOW);

describe('createKinesisPublisher', () => {
  it('puts events partitioned by folder and returns those still rejected', async () => {
    // Prepare
    const sent: { partitionKey: string; data: Uint8Array }[] = [];
    const publisher = createKinesisPublisher({
      hashBuckets: 0,
      sleep: async () => undefined,
      send: async (batch) => {
        sent.push(...batch);
        return batch.map((record) =>
          record.partitionKey === 'bad' ? { ok: false as const, errorCode: 'InternalFailure' } : { ok: true as const },
        );
      },
    });

    // Act
    const failed = await publisher.publish([event('products/a.jpg'), event('bad/b.jpg')]);

    // Assess
    expect(failed.map((entry) => entry.key)).toEqual(['bad/b.jpg']);
    expect(sent[0]?.partitionKey).toBe('products');
    expect(parseChangeEvent(sent[0]?.data ?? new Uint8Array())).toEqual(event('products/a.jpg'));
  });

  it('adds the hash bucket suffix when configured', async () => {
    // Prepare
    const keys: string[] = [];
    const publisher = createKinesisPublisher({
      hashBuckets: 4,
      send: async (batch) => {
        keys.push(...batch.map((record) => record.partitionKey));
        return batch.map(() => ({ ok: true as const }));
      },
    });

    // Act
    await publisher.publish([event('products/a.jpg')]);

    // Assess
    expect(keys[0]).toMatch(/^products#[0-3]$/);
  });
});
