import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import fc from 'fast-check';
import { ConfigError, isThrottlingError } from '../../../src/errors';
import { Ec2FleetCompute, Ec2QueryClient, Ec2ServiceError, ec2Endpoint } from '../../../src/fleet';
import { items, queryBody, text } from '../../../src/fleet/ec2-query';
import { createEc2Fake, createRecordingTracer, Ec2Fault, renderEc2Xml } from '../../../src/testing';

describe('Ec2QueryClient', () => {
  it('sends a signed form POST naming the action and API version', async () => {
    // Prepare
    const ec2 = createEc2Fake({ DescribeSubnets: () => ({ subnetSet: [] }) });

    // Act
    await ec2.client.call('DescribeSubnets', { 'Filter.1.Name': 'tag:a b&c', 'Filter.1.Value.1': 'x=y/日本' });

    // Assess
    const call = ec2.calls[0];
    expect(call?.params).toEqual({ 'Filter.1.Name': 'tag:a b&c', 'Filter.1.Value.1': 'x=y/日本' });
    expect(call?.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(call?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/ec2\/aws4_request, SignedHeaders=.*host.*x-amz-date/,
    );
    expect(call?.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('encodes every string so the form decodes back to it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (params) => {
        const decoded = Object.fromEntries(new URLSearchParams(queryBody('Act', params)));
        expect(decoded).toEqual({ Action: 'Act', Version: '2016-11-15', ...params });
      }),
    );
  });

  it('reads lists of none, one or many items, and text with entities', async () => {
    // Prepare
    const ec2 = createEc2Fake({
      DescribeSubnets: (params) => ({
        subnetSet: Array.from({ length: Number(params.n) }, (_, index) => ({ subnetId: `s-${index}&<"x">` })),
      }),
    });

    // Act
    const lengths: number[] = [];
    for (const n of [0, 1, 3])
      lengths.push(items(await ec2.client.call('DescribeSubnets', { n: String(n) }), 'subnetSet').length);
    const one = items(await ec2.client.call('DescribeSubnets', { n: '1' }), 'subnetSet')[0];

    // Assess
    expect(lengths).toEqual([0, 1, 3]);
    expect(text(one, 'subnetId')).toBe('s-0&<"x">');
  });

  it('reads an indented document with a namespace, empty sets and self-closing elements, as EC2 writes it', async () => {
    // Prepare
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">',
      '    <requestId>8f7724cf-496f-496e-8fe3-example</requestId>',
      '    <reservationSet>',
      '        <item>',
      '            <reservationId>r-1234567890abcdef0</reservationId>',
      '            <groupSet/>',
      '            <instancesSet>',
      '                <item>',
      '                    <instanceId>i-1234567890abcdef0</instanceId>',
      '                    <instanceState>',
      '                        <code>16</code>',
      '                        <name>running</name>',
      '                    </instanceState>',
      '                    <placement>',
      '                        <availabilityZone>us-east-1a</availabilityZone>',
      '                        <groupName/>',
      '                    </placement>',
      '                    <groupSet>',
      '                        <item><groupId>sg-1</groupId><groupName>a &amp; b</groupName></item>',
      '                    </groupSet>',
      '                    <tagSet/>',
      '                </item>',
      '            </instancesSet>',
      '        </item>',
      '    </reservationSet>',
      '</DescribeInstancesResponse>',
    ].join('\r\n');
    const client = new Ec2QueryClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      requestHandler: { handle: async () => ({ response: { statusCode: 200, headers: {}, body: xml } }) },
    });

    // Act
    const details = await new Ec2FleetCompute(client).describeInstance('i-1234567890abcdef0');

    // Assess
    expect(details).toEqual({
      instanceId: 'i-1234567890abcdef0',
      state: 'running',
      availabilityZone: 'us-east-1a',
      securityGroupIds: ['sg-1'],
      tags: {},
    });
  });

  it('retries throttling and 5xx answers with growing, bounded waits, then succeeds', async () => {
    // Prepare
    const waits: number[] = [];
    let calls = 0;
    const ec2 = createEc2Fake(
      {
        DescribeSubnets: () => {
          calls += 1;
          if (calls === 1) return new Ec2Fault('RequestLimitExceeded', 'slow down', 503);
          if (calls === 2) return new Ec2Fault('InternalError', 'oops', 500);
          return { subnetSet: [] };
        },
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 0.999, maxAttempts: 3 },
    );

    // Act
    await ec2.client.call('DescribeSubnets', {});

    // Assess
    expect(ec2.calls).toHaveLength(3);
    expect(waits).toEqual([499, 199]);
    expect(ec2.calls.map((call) => call.headers['amz-sdk-request'])).toEqual([
      'attempt=1; max=3',
      'attempt=2; max=3',
      'attempt=3; max=3',
    ]);
  });

  it('gives up after maxAttempts with the EC2 code as the error name and the attempts made', async () => {
    // Prepare
    const ec2 = createEc2Fake(
      { DescribeSubnets: () => new Ec2Fault('RequestLimitExceeded', 'slow down', 503) },
      { maxAttempts: 4 },
    );

    // Act
    const failure = await ec2.client.call('DescribeSubnets', {}).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(Ec2ServiceError);
    expect(failure).toMatchObject({
      name: 'RequestLimitExceeded',
      message: 'slow down',
      $metadata: { httpStatusCode: 503, attempts: 4, requestId: 'req-4' },
    });
    expect(isThrottlingError(failure)).toBe(true);
    expect(ec2.calls).toHaveLength(4);
  });

  it('does not retry a client error', async () => {
    // Prepare
    const ec2 = createEc2Fake({ TerminateInstances: () => new Ec2Fault('InvalidParameterValue', 'bad id') });

    // Act / Assess
    await expect(ec2.client.call('TerminateInstances', {})).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      $fault: 'client',
    });
    expect(ec2.calls).toHaveLength(1);
  });

  it('re-signs once with the server clock when the request time is too far off', async () => {
    // Prepare
    const ec2 = createEc2Fake(
      {
        DescribeSubnets: (_, call) => {
          const stamp = call.headers['x-amz-date'] ?? '';
          return stamp.startsWith('2020') ? new Ec2Fault('RequestExpired', 'Request has expired.') : { subnetSet: [] };
        },
      },
      { now: () => Date.parse('2020-01-01T00:00:00Z') },
    );

    // Act
    await ec2.client.call('DescribeSubnets', {});
    await ec2.client.call('DescribeSubnets', {});

    // Assess
    expect(ec2.calls.map((call) => call.headers['x-amz-date']?.slice(0, 4))).toEqual([
      '2020',
      expect.not.stringMatching(/^2020/),
      expect.not.stringMatching(/^2020/),
    ]);
  });

  it('fails a response over the size limit, and a body that is not XML, with named errors', async () => {
    // Prepare
    const big = createEc2Fake(
      {
        DescribeSubnets: () => ({ subnetSet: Array.from({ length: 200 }, () => ({ subnetId: 'subnet-0123456789' })) }),
      },
      { maxResponseBytes: 1024 },
    );
    const garbled = new Ec2QueryClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      requestHandler: {
        handle: async () => ({
          response: { statusCode: 200, headers: {}, body: '<DescribeSubnetsResponse><subnetSet>' },
        }),
      },
    });

    // Act / Assess
    await expect(big.client.call('DescribeSubnets', {})).rejects.toMatchObject({ name: 'ResponseTooLarge' });
    await expect(garbled.call('DescribeSubnets', {})).rejects.toMatchObject({ name: 'MalformedResponse' });
  });

  it('names a non-EC2 error page by its status', async () => {
    // Prepare
    const client = new Ec2QueryClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
      requestHandler: {
        handle: async () => ({ response: { statusCode: 502, headers: {}, body: '<html>Bad Gateway</html>' } }),
      },
    });

    // Act / Assess
    await expect(client.call('DescribeSubnets', {})).rejects.toMatchObject({
      name: 'ServiceUnavailable',
      $metadata: { httpStatusCode: 502 },
    });
  });

  it('makes each call one subsegment with its operation, request id and retries, and passes the trace header on', async () => {
    // Prepare
    const { tracer, documents } = createRecordingTracer();
    let calls = 0;
    const ec2 = createEc2Fake(
      {
        DescribeSubnets: () => (++calls === 1 ? new Ec2Fault('Throttling', 'slow', 400) : { subnetSet: [] }),
        TerminateInstances: () => new Ec2Fault('UnauthorizedOperation', 'no', 403),
      },
      { tracer },
    );
    const invocation = tracer.open('## handler');

    // Act
    await tracer.within(invocation as NonNullable<typeof invocation>, async () => {
      await ec2.client.call('DescribeSubnets', {});
      await ec2.client.call('TerminateInstances', {}).catch(() => undefined);
    });
    invocation?.end();

    // Assess
    const subsegments = documents.filter((document) => document.namespace === 'aws');
    expect(subsegments.map((document) => [document.name, document.aws])).toEqual([
      ['EC2', { operation: 'DescribeSubnets', region: 'us-east-1', request_id: 'req-2', retries: 1 }],
      ['EC2', { operation: 'TerminateInstances', region: 'us-east-1', request_id: 'req-3', retries: 0 }],
    ]);
    expect(subsegments[1]).toMatchObject({ error: true });
    expect(ec2.calls[0]?.headers['x-amzn-trace-id']).toMatch(
      /^Root=1-5759e988-bd862e3fe1be46a994272793;Parent=[0-9a-f]{16};Sampled=1$/,
    );
  });

  it('resolves the endpoint from the environment, the partition and FIPS, and needs a region', async () => {
    expect(ec2Endpoint('eu-west-1', {})).toBe('https://ec2.eu-west-1.amazonaws.com');
    expect(ec2Endpoint('cn-north-1', {})).toBe('https://ec2.cn-north-1.amazonaws.com.cn');
    expect(ec2Endpoint('us-east-1', { AWS_USE_FIPS_ENDPOINT: 'true' })).toBe(
      'https://ec2-fips.us-east-1.amazonaws.com',
    );
    expect(ec2Endpoint('us-east-1', { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_EC2: 'http://b' })).toBe(
      'http://b',
    );
    await expect(new Ec2QueryClient({ env: {} }).call('DescribeSubnets', {})).rejects.toBeInstanceOf(ConfigError);
    await expect(
      new Ec2QueryClient({ env: { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_EC2: 'not a url' } }).call('X', {}),
    ).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('Ec2QueryClient over a loopback socket', () => {
  let server: Server;
  let dropped = 0;
  let hung = 0;
  const endpoint = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const action = new URLSearchParams(body).get('Action');
        if (action === 'Hang') {
          hung += 1;
          return;
        }
        if (action === 'Drop') {
          dropped += 1;
          request.socket.destroy();
          return;
        }
        response.writeHead(200, { 'content-type': 'text/xml' });
        response.end(
          `<${action}Response><requestId>r-1</requestId>${renderEc2Xml({ subnetSet: [{ subnetId: 's-1' }] })}</${action}Response>`,
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = () =>
    new Ec2QueryClient({
      region: 'us-east-1',
      endpoint: endpoint(),
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      sleep: async () => undefined,
    });

  it('calls through the SDK HTTP handler and parses the answer', async () => {
    const output = await client().call('DescribeSubnets', {});
    expect(text(items(output, 'subnetSet')[0], 'subnetId')).toBe('s-1');
  });

  it('retries a dropped connection a bounded number of times, then fails with the socket error', async () => {
    dropped = 0;
    const failure = await client()
      .call('Drop', {})
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Ec2ServiceError);
    expect((failure as Ec2ServiceError).$metadata.attempts).toBe(3);
    expect(dropped).toBe(3);
  });

  it('gives up on an endpoint that stops answering after a bounded number of timed-out attempts', async () => {
    // Prepare
    hung = 0;
    const requestHandler = new NodeHttpHandler({
      connectionTimeout: 1_000,
      requestTimeout: 100,
      throwOnRequestTimeout: true,
    });
    const stalled = new Ec2QueryClient({
      region: 'us-east-1',
      endpoint: endpoint(),
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      requestHandler,
      sleep: async () => undefined,
    });

    // Act
    const failure = await stalled.call('Hang', {}).catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ name: 'TimeoutError', $metadata: { attempts: 3 } });
    expect(hung).toBe(3);
    requestHandler.destroy();
  });
});
