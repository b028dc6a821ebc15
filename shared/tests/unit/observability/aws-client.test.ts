import { createSocket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import { CONNECTION_TIMEOUT_MS, captureClient, createAwsClient } from '../../../src/observability/aws-client';
import { createDaemonSink, daemonAddress } from '../../../src/observability/xray/daemon';
import { parseTraceHeader } from '../../../src/observability/xray/trace-header';
import { createRecordingTracer, SAMPLED_TRACE_HEADER } from '../../../src/testing';

const HEADER = SAMPLED_TRACE_HEADER;

/** Answers with `status` and `body`, recording the request headers, so the whole middleware stack runs offline. */
function handlerAnswering(status: number, body: string, seen: Array<Record<string, string>> = []) {
  return {
    handle: async (request: { headers: Record<string, string> }) => {
      seen.push({ ...request.headers });
      return {
        response: {
          statusCode: status,
          headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-1' },
          body: Readable.from([Buffer.from(body)]),
        },
      };
    },
  };
}
const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
const okBody = '{"StreamNames":[],"HasMoreStreams":false}';

describe('captureClient', () => {
  it('makes each AWS call its own subsegment under the invocation and passes the trace header on', async () => {
    // Prepare
    const { tracer, documents } = createRecordingTracer();
    const seen: Array<Record<string, string>> = [];
    const requestHandler = handlerAnswering(200, okBody, seen);
    const client = captureClient(new KinesisClient({ region: 'us-east-1', credentials, requestHandler }), tracer);
    const invocation = tracer.open('## handler');

    // Act
    await tracer.within(invocation as NonNullable<typeof invocation>, async () => {
      await client.send(new ListStreamsCommand({}));
      await client.send(new ListStreamsCommand({}));
    });
    invocation?.end();

    // Assess
    const calls = documents.filter((document) => document.namespace === 'aws');
    expect(calls.map((call) => [call.name, (call.aws as { operation: string }).operation])).toEqual([
      ['Kinesis', 'ListStreams'],
      ['Kinesis', 'ListStreams'],
    ]);
    expect(calls[0]).toMatchObject({
      type: 'subsegment',
      trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      parent_id: invocation?.id,
      aws: { region: 'us-east-1', request_id: 'req-1', retries: 0 },
      http: { response: { status: 200 } },
    });
    expect(calls[0]).not.toHaveProperty('error');
    expect(parseTraceHeader(seen[0]?.['x-amzn-trace-id'] ?? seen[0]?.['X-Amzn-Trace-Id'])).toMatchObject({
      root: '1-5759e988-bd862e3fe1be46a994272793',
      parent: calls[0]?.id,
      sampled: true,
    });
  });

  it('marks a 4xx answer as an error, a throttle as a throttle and a 5xx as a fault, and re-throws', async () => {
    // Prepare
    const { tracer, documents } = createRecordingTracer();
    const answer = (status: number, type: string) =>
      captureClient(
        new KinesisClient({
          region: 'us-east-1',
          credentials,
          maxAttempts: 1,
          requestHandler: handlerAnswering(status, JSON.stringify({ __type: type, message: 'no' })),
        }),
        tracer,
      ).send(new ListStreamsCommand({}));

    // Act and Assess
    await expect(answer(400, 'ResourceNotFoundException')).rejects.toThrow();
    await expect(answer(400, 'ThrottlingException')).rejects.toThrow();
    await expect(answer(503, 'ServiceUnavailable')).rejects.toThrow();
    expect(documents.map((document) => [document.error, document.throttle, document.fault])).toEqual([
      [true, undefined, undefined],
      [true, true, undefined],
      [undefined, undefined, true],
    ]);
    expect(documents[0]?.cause).toMatchObject({ exceptions: [{ type: 'ResourceNotFoundException' }] });
  });

  it('sends nothing when the invocation is not sampled', async () => {
    // Prepare
    const { tracer, documents } = createRecordingTracer({ header: HEADER.replace('Sampled=1', 'Sampled=0') });
    const requestHandler = handlerAnswering(200, okBody);
    const client = captureClient(new KinesisClient({ region: 'us-east-1', credentials, requestHandler }), tracer);

    // Act
    await client.send(new ListStreamsCommand({}));

    // Assess
    expect(documents).toEqual([]);
  });

  it('returns the client untouched, with no middleware added, when tracing is off', () => {
    // Prepare
    const client = new KinesisClient({ region: 'us-east-1', credentials });
    const before = client.middlewareStack.identify();
    const tracer = { isTracingEnabled: () => false, open: jest.fn() };

    // Act
    const captured = captureClient(client, tracer);

    // Assess
    expect(captured).toBe(client);
    expect(client.middlewareStack.identify()).toEqual(before);
  });

  it('builds clients with the shared tracer, which is off outside Lambda', () => {
    // Act
    const client = createAwsClient(KinesisClient, { region: 'us-east-1', credentials });

    // Assess
    expect(client).toBeInstanceOf(KinesisClient);
    expect(client.middlewareStack.identify().join()).not.toMatch(/xray/i);
  });
});

describe('the X-Ray daemon sink', () => {
  it('sends each document as one datagram with the format header', async () => {
    // Prepare
    const daemon = createSocket('udp4');
    await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
    const received = new Promise<string>((resolve) => daemon.once('message', (message) => resolve(String(message))));
    const sink = createDaemonSink({ host: '127.0.0.1', port: daemon.address().port });

    // Act
    sink.send({ type: 'subsegment', name: 'S3' });

    // Assess
    expect(await received).toBe('{"format":"json","version":1}\n{"type":"subsegment","name":"S3"}');
    daemon.close();
  });

  it('reads AWS_XRAY_DAEMON_ADDRESS in both of its forms and falls back on a bad value', () => {
    expect(daemonAddress('169.254.79.129:2000')).toEqual({ host: '169.254.79.129', port: 2000 });
    expect(daemonAddress('tcp:10.0.0.1:2001 udp:10.0.0.2:2002')).toEqual({ host: '10.0.0.2', port: 2002 });
    expect(daemonAddress('nonsense')).toEqual({ host: '127.0.0.1', port: 2000 });
    expect(daemonAddress(undefined)).toEqual({ host: '127.0.0.1', port: 2000 });
  });

  it('parses trace headers without a Root, a Parent or with junk as absent or partial', () => {
    expect(parseTraceHeader('Parent=1;Sampled=1')).toBeUndefined();
    expect(parseTraceHeader(undefined)).toBeUndefined();
    expect(parseTraceHeader(`Root=1-a-b;${'x'.repeat(2000)}`)).toBeUndefined();
    expect(parseTraceHeader('Root=1-a-b;Sampled=1;Lineage=a:1')).toEqual({
      root: '1-a-b',
      parent: undefined,
      sampled: true,
    });
  });
});

describe('createAwsClient', () => {
  let server: Server;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      response.end('{"TableNames":[]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('gives the client a connection timeout, so an unreachable endpoint fails instead of hanging', async () => {
    // Prepare
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = createAwsClient(DynamoDBClient, { region: 'us-east-1', credentials, endpoint });

    // Act
    await client.send(new ListTablesCommand({}));

    // Assess
    const handler = client.config.requestHandler as NodeHttpHandler;
    expect(handler.httpHandlerConfigs().connectionTimeout).toBe(CONNECTION_TIMEOUT_MS);
    client.destroy();
  });

  it('keeps a request handler the caller brings', async () => {
    // Prepare
    const requestHandler = handlerAnswering(200, okBody);

    // Act
    const client = createAwsClient(KinesisClient, { region: 'us-east-1', credentials, requestHandler });

    // Assess
    expect(client.config.requestHandler).toBe(requestHandler);
  });
});
