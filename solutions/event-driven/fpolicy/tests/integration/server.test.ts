import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { FileEvent } from '../../src/domain/file-event';
import { trimTrailingNuls } from '../../src/server/message';
import { type FPolicyServer, startFPolicyServer } from '../../src/server/server';
import { createSqsBatcher, type EventSink } from '../../src/server/sqs-batcher';
import { findText, parseXml } from '../../src/server/xml';
import { connectOntap, negoRequest, notification, payload } from '../support/ontap-client';
import { drainQueue } from '../support/queue';
import { createRecordingLogger } from '../support/recording-logger';
import { type SqsEmulator, startSqsEmulator } from '../support/sqs-emulator';

jest.setTimeout(60_000);

const bodyOf = (reply: Buffer) => parseXml(trimTrailingNuls(reply).toString('utf8').split('\n\n')[1] ?? '');
/** A frame prefix announcing `length` bytes. */
function prefix(length: number): Buffer {
  const bytes = Buffer.alloc(6, 0x22);
  bytes.writeUInt32BE(length, 1);
  return bytes;
}

describe('FPolicy server over loopback with the SQS emulator', () => {
  let emulator: SqsEmulator;
  let sqs: SQSClient;
  let queueUrl: string;
  let sink: EventSink;
  let server: FPolicyServer;
  const logger = createRecordingLogger();

  beforeAll(async () => {
    emulator = await startSqsEmulator();
    sqs = new SQSClient({
      endpoint: emulator.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    ({ QueueUrl: queueUrl = '' } = await sqs.send(new CreateQueueCommand({ QueueName: 'fpolicy-events' })));
    sink = createSqsBatcher({ client: sqs, queueUrl, logger });
    server = await startFPolicyServer({ sink, logger, port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await server.stop();
    sqs.destroy();
    await emulator.stop();
  });

  it('answers NEGO_REQ with NEGO_RESP echoing the session and choosing version 1.2', async () => {
    // Prepare
    const ontap = await connectOntap(server.port);

    // Act
    ontap.sendFrame(negoRequest(['1.0', '1.2', '9.9'], 'session-42'));
    const [reply] = await ontap.waitForReplies(1);
    await ontap.end();

    // Assess
    const text = reply!.toString('utf8');
    expect(text).toContain('<NotfType>NEGO_RESP</NotfType>');
    expect(text.endsWith('\0')).toBe(true);
    const body = bodyOf(reply!);
    expect(findText(body, ['SessionId'])).toBe('session-42');
    expect(findText(body, ['ProtVersion'])).toBe('1.2');
    expect(findText(body, ['VsUUID'])).toBe('vs-uuid-1');
  });

  it('takes keep-alives without a reply and keeps the connection', async () => {
    // Prepare
    const ontap = await connectOntap(server.port);
    ontap.sendFrame(negoRequest());
    await ontap.waitForReplies(1);

    // Act
    ontap.sendFrame(payload('KEEP_ALIVE'));
    ontap.sendFrame(negoRequest(['1.1']));
    await ontap.waitForReplies(2);

    // Assess
    expect(ontap.replies[1]!.toString('utf8')).toContain('<NotfType>NEGO_RESP</NotfType>');
    expect(ontap.socket.destroyed).toBe(false);
    await ontap.end();
  });

  it('enqueues 1,000 notifications from several connections exactly once, despite malformed traffic next to them', async () => {
    // Prepare
    const connections = await Promise.all([0, 1, 2, 3].map(() => connectOntap(server.port)));
    const bad = await Promise.all([0, 1, 2, 3].map(() => connectOntap(server.port)));
    const expected = new Set<string>();
    const before = logger.lines.length;

    // Act
    for (const ontap of connections) ontap.sendFrame(negoRequest());
    await Promise.all(connections.map((ontap) => ontap.waitForReplies(1)));
    for (let index = 0; index < 1000; index += 1) {
      const ontap = connections[index % connections.length]!;
      expected.add(`dir${index % 7}/file-${index}.txt`);
      ontap.sendFrame(notification(`\\vol1\\dir${index % 7}\\file-${index}.txt`, index % 2 === 0 ? 'create' : 'write'));
      if (index === 100)
        connections[0]!.sendFrame(
          Buffer.from(
            '<?xml version="1.0"?><Header><NotfType>NOTI_REQ</NotfType></Header>\n\n<FsNotification><PathName>x</FsNotification>',
          ),
        );
      if (index === 200) connections[1]!.sendFrame(payload('BOGUS_REQ', '<X/>'));
    }
    bad[0]!.send(prefix(0));
    bad[1]!.send(Buffer.concat([prefix(10 * 1024 * 1024 + 1), Buffer.from('<')]));
    bad[2]!.send(Buffer.from([0x22, 0, 0, 0, 5, 0x41, 1, 2, 3, 4, 5]));
    bad[3]!.send(Buffer.concat([prefix(500), Buffer.from('<?xml version="1.0"?><Header>')]));
    await Promise.all([bad[0]!.closed, bad[1]!.closed, bad[2]!.closed, bad[3]!.end()]);
    await Promise.all(connections.map((ontap) => ontap.end()));
    await sink.flush();
    const bodies = await drainQueue(sqs, queueUrl);

    // Assess
    const events = bodies.map((body) => JSON.parse(body) as FileEvent);
    expect(events).toHaveLength(1000);
    expect(new Set(events.map((event) => event.event_id)).size).toBe(1000);
    expect(new Set(events.map((event) => event.file_path))).toEqual(expected);
    expect(events[0]).toMatchObject({ volume_name: 'vol1', svm_name: 'svm1', client_ip: '10.0.9.9', file_size: 42 });
    const reasons = logger.lines
      .slice(before)
      .filter((line) => line.level === 'warn')
      .map((line) => String(line.attributes.reason));
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringContaining('invalid XML'),
        'unknown message type BOGUS_REQ',
        'frame length is 0',
        // Before the handshake, frames are capped at 64 KiB.
        `frame length ${10 * 1024 * 1024 + 1} exceeds ${64 * 1024} bytes`,
        'missing closing quote after the 4-byte length',
      ]),
    );
    expect(logger.lines.slice(before).some((line) => line.message.startsWith('Connection closed inside a frame'))).toBe(
      true,
    );
  });

  it('answers SCREEN_REQ with ALLOW after enqueueing its event', async () => {
    // Prepare
    const ontap = await connectOntap(server.port);
    ontap.sendFrame(negoRequest());
    await ontap.waitForReplies(1);
    const screen = payload(
      'SCREEN_REQ',
      '<FscreenReq><ReqId>77</ReqId><FileOp>write</FileOp><PathName>/vol1/a/b.csv</PathName><VolName>vol1</VolName></FscreenReq>',
    );

    // Act
    ontap.sendFrame(screen);
    const replies = await ontap.waitForReplies(2);
    await ontap.end();
    const bodies = await drainQueue(sqs, queueUrl);

    // Assess
    expect(replies[1]!.toString('utf8')).toContain('<NotfType>SCREEN_RESP</NotfType>');
    expect(findText(bodyOf(replies[1]!), ['ReqId'])).toBe('77');
    expect(findText(bodyOf(replies[1]!), ['Action'])).toBe('ALLOW');
    expect(bodies.map((body) => (JSON.parse(body) as FileEvent).file_path)).toEqual(['a/b.csv']);
  });

  it('answers a SCREEN_REQ whose ReqId is 1.8 MB of quotes with the id cut, and keeps serving', async () => {
    // Prepare: escaped, this id alone would exceed the 10 MiB frame limit of the reply.
    const ontap = await connectOntap(server.port);
    ontap.sendFrame(negoRequest());
    await ontap.waitForReplies(1);
    const screen = payload(
      'SCREEN_REQ',
      `<FscreenReq><ReqId>${'"'.repeat(1_800_000)}</ReqId><FileOp>write</FileOp><PathName>/vol1/q.txt</PathName><VolName>vol1</VolName></FscreenReq>`,
    );

    // Act
    ontap.sendFrame(screen);
    ontap.sendFrame(negoRequest(['1.1'], 'after'));
    const replies = await ontap.waitForReplies(3);
    await ontap.end();
    await sink.flush();
    await drainQueue(sqs, queueUrl);

    // Assess
    const screenReply = replies.find((reply) => reply.toString('utf8').includes('SCREEN_RESP')) as Buffer;
    expect(findText(bodyOf(screenReply), ['ReqId'])).toBe('"'.repeat(1024));
    expect(replies.some((reply) => reply.toString('utf8').includes('<SessionId>after</SessionId>'))).toBe(true);
  });

  it('rejects notifications sent before the handshake and keeps serving the connection', async () => {
    // Prepare
    const ontap = await connectOntap(server.port);
    const before = logger.lines.length;

    // Act
    ontap.sendFrame(notification('\\vol1\\early.txt'));
    ontap.sendFrame(negoRequest());
    await ontap.waitForReplies(1);
    ontap.sendFrame(notification('\\vol1\\late.txt'));
    await ontap.end();
    await sink.flush();
    const bodies = await drainQueue(sqs, queueUrl);

    // Assess
    expect(bodies.map((body) => (JSON.parse(body) as FileEvent).file_path)).toEqual(['late.txt']);
    expect(logger.lines.slice(before).map((line) => line.attributes.reason)).toContain('NOTI_REQ before NEGO_REQ');
  });
});
