import path from 'node:path';
import { Readable } from 'node:stream';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { captureClient, createAwsClient } from '../../../src/observability/aws-client';

/** The X-Ray SDK the Powertools tracer drives (a dependency of the tracer, loaded from beside it). */
interface XRaySubsegment {
  name: string;
  namespace?: string;
  aws?: { operation?: string };
}
interface XRaySegment {
  subsegments?: XRaySubsegment[];
  close(): void;
}
interface XRay {
  Segment: new (name: string) => XRaySegment;
  getNamespace(): { runPromise<T>(run: () => Promise<T>): Promise<T> };
  setSegment(segment: XRaySegment): void;
  setContextMissingStrategy(strategy: string): void;
}
const xray: XRay = require(
  require.resolve('aws-xray-sdk-core', { paths: [path.dirname(require.resolve('@aws-lambda-powertools/tracer'))] }),
);

/** Answers every request with an empty ListStreams result, so the whole middleware stack runs without a network. */
const requestHandler = {
  handle: async () => ({
    response: {
      statusCode: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: Readable.from([Buffer.from('{"StreamNames":[],"HasMoreStreams":false}')]),
    },
  }),
};
const config = { region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, requestHandler };

describe('captureClient', () => {
  it('makes each AWS call its own X-Ray subsegment when tracing is on', async () => {
    // Prepare
    xray.setContextMissingStrategy('LOG_ERROR');
    process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs22.x';
    const tracer = new Tracer({ enabled: true, serviceName: 'test' });
    delete process.env.AWS_EXECUTION_ENV;
    const client = captureClient(new KinesisClient(config), tracer);
    const segment = new xray.Segment('handler');

    // Act
    await xray.getNamespace().runPromise(async () => {
      xray.setSegment(segment);
      await client.send(new ListStreamsCommand({}));
      await client.send(new ListStreamsCommand({}));
    });

    // Assess
    const calls = (segment.subsegments ?? []).map((sub) => [sub.name, sub.namespace, sub.aws?.operation]);
    expect(calls).toEqual([
      ['Kinesis', 'aws', 'ListStreams'],
      ['Kinesis', 'aws', 'ListStreams'],
    ]);
  });

  it('returns the client untouched, with no middleware added, when tracing is off', () => {
    // Prepare
    const client = new KinesisClient(config);
    const before = client.middlewareStack.identify();
    const tracer = { isTracingEnabled: () => false, captureAWSv3Client: jest.fn() };

    // Act
    const captured = captureClient(client, tracer);

    // Assess
    expect(captured).toBe(client);
    expect(tracer.captureAWSv3Client).not.toHaveBeenCalled();
    expect(client.middlewareStack.identify()).toEqual(before);
  });

  it('builds clients with the shared tracer, which is off outside Lambda', () => {
    // Act
    const client = createAwsClient(KinesisClient, config);

    // Assess
    expect(client).toBeInstanceOf(KinesisClient);
    expect(client.middlewareStack.identify().join()).not.toMatch(/XRay/i);
  });
});
