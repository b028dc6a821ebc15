import { KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import { ValidationError } from '../../../src/errors';
import { createKinesisSender, streamNameOf } from '../../../src/streaming';

const kinesis = mockClient(KinesisClient);

describe('createKinesisSender', () => {
  beforeEach(() => {
    kinesis.reset();
  });

  it('puts a batch to the stream named by an ARN and maps each answer in order', async () => {
    // Prepare
    kinesis.on(PutRecordsCommand).resolves({
      FailedRecordCount: 1,
      Records: [
        { SequenceNumber: '1', ShardId: 's' },
        { ErrorCode: 'ProvisionedThroughputExceededException', ErrorMessage: 'slow' },
      ],
    });
    const arn = 'arn:aws:kinesis:eu-west-1:111122223333:stream/s';
    const send = createKinesisSender({ stream: arn, client: new KinesisClient({ region: 'eu-west-1' }) });

    // Act
    const results = await send([
      { partitionKey: 'a', data: Buffer.from('1') },
      { partitionKey: 'b', data: Buffer.from('2') },
    ]);

    // Assess
    expect(results).toEqual([
      { ok: true },
      { ok: false, errorCode: 'ProvisionedThroughputExceededException', errorMessage: 'slow' },
    ]);
    expect(kinesis).toHaveReceivedCommandWith(PutRecordsCommand, { StreamName: 's' });
    const input = kinesis.commandCalls(PutRecordsCommand)[0]?.args[0].input;
    expect(input?.Records?.map((entry) => entry.PartitionKey)).toEqual(['a', 'b']);
  });

  it('puts by stream name when given a name', async () => {
    // Prepare
    kinesis.on(PutRecordsCommand).resolves({ Records: [{ SequenceNumber: '1' }] });
    const send = createKinesisSender({ stream: 'changes', client: new KinesisClient({ region: 'eu-west-1' }) });

    // Act
    await send([{ partitionKey: 'a', data: Buffer.from('1') }]);

    // Assess
    expect(kinesis).toHaveReceivedCommandWith(PutRecordsCommand, { StreamName: 'changes' });
  });

  it('rejects an ARN that names no stream', () => {
    // Act & Assess
    expect(() => streamNameOf('arn:aws:kinesis:eu-west-1:111122223333:table/x')).toThrow(ValidationError);
    expect(streamNameOf('plain')).toBe('plain');
  });

  it('rejects an empty stream', () => {
    // Act & Assess
    expect(() => createKinesisSender({ stream: ' ' })).toThrow(ValidationError);
  });
});
