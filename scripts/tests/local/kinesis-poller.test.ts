import { CreateStreamCommand, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { destroyClients, type EmulatorClients, emulatorClients } from '../../src/local/clients';
import { type Emulators, startEmulators } from '../../src/local/emulators/emulator-host';
import type { KinesisMapping } from '../../src/local/event-sources/kinesis-mappings';
import { KinesisPoller } from '../../src/local/event-sources/kinesis-poller';

let emulators: Emulators;
let clients: EmulatorClients;

beforeAll(async () => {
  emulators = await startEmulators(['kinesis']);
  clients = emulatorClients(emulators.endpoints);
});

afterAll(async () => {
  destroyClients(clients);
  await emulators.stop();
});

type Batch = { Records: { kinesis: { data: string; sequenceNumber: string } }[] };
const texts = (event: unknown) =>
  (event as Batch).Records.map((record) => Buffer.from(record.kinesis.data, 'base64').toString());

async function streamWith(name: string, values: string[]): Promise<void> {
  await clients.kinesis!.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
  for (const value of values) {
    await clients.kinesis!.send(
      new PutRecordCommand({ StreamName: name, PartitionKey: 'p', Data: Buffer.from(value) }),
    );
  }
}

function mapping(name: string, overrides: Partial<KinesisMapping>): KinesisMapping {
  return {
    name,
    streamArn: `arn:aws:kinesis:us-east-1:000000000000:stream/${name}`,
    streamName: name,
    functionName: 'Consumer',
    batchSize: 3,
    bisectOnError: false,
    maxRetries: 0,
    reportItemFailures: false,
    ...overrides,
  };
}

describe('KinesisPoller', () => {
  it('delivers records in order in batches of BatchSize', async () => {
    // Prepare
    await streamWith('batches', ['1', '2', '3', '4', '5', '6', '7']);
    const batches: string[][] = [];
    const poller = new KinesisPoller(mapping('batches', {}), clients.kinesis!, async (_fn, event) => {
      batches.push(texts(event));
      return null;
    });
    // Act
    const read = await poller.drain();
    // Assess
    expect(read).toBe(7);
    expect(batches).toEqual([['1', '2', '3'], ['4', '5', '6'], ['7']]);
    expect(await poller.drain()).toBe(0);
  });

  it('bisects a failing batch down to the poison record, retries it, then drops it', async () => {
    // Prepare
    await streamWith('poison', ['a', 'b', 'bad', 'c']);
    const delivered: string[] = [];
    const poller = new KinesisPoller(
      mapping('poison', { batchSize: 4, bisectOnError: true, maxRetries: 1 }),
      clients.kinesis!,
      async (_fn, event) => {
        const values = texts(event);
        if (values.includes('bad')) throw new Error('poison');
        delivered.push(...values);
        return null;
      },
    );
    // Act
    await poller.drain();
    // Assess
    expect(delivered).toEqual(['a', 'b', 'c']);
    expect(poller.stats).toMatchObject({ dropped: 1, retries: 1 });
    expect(poller.stats.bisections).toBeGreaterThanOrEqual(2);
  });

  it('retries from the first reported batch item failure', async () => {
    // Prepare
    await streamWith('partial', ['x', 'y', 'z']);
    const batches: string[][] = [];
    const poller = new KinesisPoller(
      mapping('partial', { reportItemFailures: true, maxRetries: 2 }),
      clients.kinesis!,
      async (_fn, event) => {
        batches.push(texts(event));
        const records = (event as Batch).Records;
        if (batches.length === 1)
          return { batchItemFailures: [{ itemIdentifier: records[1]?.kinesis.sequenceNumber }] };
        return { batchItemFailures: [] };
      },
    );
    // Act
    await poller.drain();
    // Assess
    expect(batches).toEqual([
      ['x', 'y', 'z'],
      ['y', 'z'],
    ]);
    expect(poller.stats).toMatchObject({ retries: 1, dropped: 0 });
  });
});
