import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { FileEvent } from '../../src/domain/file-event';
import { startFPolicyServer } from '../../src/server/server';
import { createSqsBatcher } from '../../src/server/sqs-batcher';
import { connectOntap, negoRequest, notification } from '../support/ontap-client';
import { drainQueue } from '../support/queue';
import { createRecordingLogger } from '../support/recording-logger';
import { type SqsEmulator, startSqsEmulator } from '../support/sqs-emulator';

jest.setTimeout(60_000);

describe('FPolicy server shutdown', () => {
  let emulator: SqsEmulator;
  let sqs: SQSClient;

  beforeAll(async () => {
    emulator = await startSqsEmulator();
    sqs = new SQSClient({
      endpoint: emulator.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });

  afterAll(async () => {
    sqs.destroy();
    await emulator.stop();
  });

  it('sends every event already read when it stops, even from connections that dropped', async () => {
    // Prepare
    const { QueueUrl: queueUrl = '' } = await sqs.send(new CreateQueueCommand({ QueueName: 'shutdown-events' }));
    const logger = createRecordingLogger();
    // A long linger keeps the last partial batch (5 of 25) buffered, as it would be when SIGTERM arrives.
    const sink = createSqsBatcher({ client: sqs, queueUrl, logger, lingerMs: 60_000 });
    const server = await startFPolicyServer({ sink, logger, port: 0, host: '127.0.0.1' });
    const ontap = await connectOntap(server.port);
    ontap.sendFrame(negoRequest());
    await ontap.waitForReplies(1);
    for (let index = 0; index < 25; index += 1) ontap.sendFrame(notification(`/vol1/in/${index}.bin`));
    await ontap.end();
    const bufferedBeforeStop = sink.outstanding;

    // Act
    await server.stop();
    const bodies = await drainQueue(sqs, queueUrl);

    // Assess
    expect(bufferedBeforeStop).toBeGreaterThanOrEqual(5);
    expect(sink.outstanding).toBe(0);
    expect(bodies.map((body) => (JSON.parse(body) as FileEvent).file_path).sort()).toEqual(
      Array.from({ length: 25 }, (_, index) => `in/${index}.bin`).sort(),
    );
  });
});
