import path from 'node:path';
import { functionEnvironment, type ServiceEndpoints, timeoutSeconds } from '../../src/local/environment';
import { loadStack } from '../../src/local/stack';
import { listFunctions } from '../../src/template';

const FIXTURE = path.join(__dirname, 'fixtures', 'workflow');
const ENDPOINTS = { s3: 'http://127.0.0.1:1', dynamodb: 'http://127.0.0.1:2', controlPlane: 'http://127.0.0.1:3' };

function environmentOf(
  logicalId: string,
  params: Record<string, string> = {},
  endpoints: ServiceEndpoints = ENDPOINTS,
) {
  const stack = loadStack(FIXTURE, params, 'local-fixture');
  const fn = listFunctions(stack.template).find((entry) => entry.logicalId === logicalId);
  return { env: functionEnvironment(fn!, stack, endpoints), stack, fn: fn! };
}

describe('functionEnvironment', () => {
  it('resolves Globals and the function own variables against local names', () => {
    // Act
    const { env } = environmentOf('ProcessFunction');
    // Assess
    expect(env.INPUT_ACCESS_POINT).toBe('local-input-ext-s3alias');
    expect(env.OUTPUT_BUCKET).toBe('local-fixture-outputbucket');
    expect(env.ONLY_MINE).toBe('local-fixture-process');
    expect(env.FLAVOUR_LABEL).toBe('mild');
    expect(env.MAP_CONCURRENCY).toBe('2');
  });

  it('keeps one function variables out of another', () => {
    // Act
    const { env } = environmentOf('DiscoverFunction');
    // Assess
    expect(env.ONLY_MINE).toBeUndefined();
  });

  it('adds the variables of local services outside the emulators (the ONTAP simulator)', () => {
    // Prepare
    const stack = loadStack(FIXTURE, {}, 'local-fixture');
    const fn = listFunctions(stack.template).find((entry) => entry.logicalId === 'DiscoverFunction');
    const environment = { ONTAP_CA_BUNDLE: '/tmp/ca.pem', AWS_ENDPOINT_URL_SECRETS_MANAGER: 'http://127.0.0.1:9' };

    // Act
    const env = functionEnvironment(fn!, stack, { ...ENDPOINTS, environment });

    // Assess
    expect(env).toMatchObject(environment);
    expect(env.AWS_ENDPOINT_URL_S3).toBe('http://127.0.0.1:1');
  });

  it('follows parameter overrides through conditions', () => {
    // Act
    const { env } = environmentOf('DiscoverFunction', { Flavour: 'spicy', OutputBucketName: 'my-out' });
    // Assess
    expect(env.FLAVOUR_LABEL).toBe('hot');
    expect(env.OUTPUT_BUCKET).toBe('my-out');
  });

  it('sets DEMO_MODE=true unless DemoMode=false is asked for', () => {
    // Act
    const demo = environmentOf('DiscoverFunction').env.DEMO_MODE;
    const real = environmentOf('DiscoverFunction', { DemoMode: 'false' }).env.DEMO_MODE;
    // Assess
    expect(demo).toBe('true');
    expect(real).toBe('false');
  });

  it('gives every function the demo OCR service as DEMO_OCR_ENDPOINT in DemoMode only', () => {
    // Arrange
    const endpoints = { ...ENDPOINTS, ocr: 'http://127.0.0.1:4' };
    // Act
    const demo = ['DiscoverFunction', 'ProcessFunction'].map((id) => environmentOf(id, {}, endpoints).env);
    const real = environmentOf('DiscoverFunction', { DemoMode: 'false' }, endpoints).env;
    const without = environmentOf('DiscoverFunction').env;
    // Assess
    expect(demo.map((env) => env.DEMO_OCR_ENDPOINT)).toEqual(['http://127.0.0.1:4', 'http://127.0.0.1:4']);
    expect(real).not.toHaveProperty('DEMO_OCR_ENDPOINT');
    expect(without).not.toHaveProperty('DEMO_OCR_ENDPOINT');
  });

  it('points the SDK at the emulators and the control plane with dummy credentials', () => {
    // Act
    const { env } = environmentOf('DiscoverFunction');
    // Assess
    expect(env).toMatchObject({
      AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:1',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:2',
      AWS_ENDPOINT_URL_SFN: 'http://127.0.0.1:3',
      AWS_ENDPOINT_URL_EVENTBRIDGE: 'http://127.0.0.1:3',
      AWS_REGION: 'us-east-1',
      AWS_LAMBDA_FUNCTION_NAME: 'local-fixture-DiscoverFunction',
      ENABLE_XRAY: 'false',
    });
    expect(env.AWS_ENDPOINT_URL_KINESIS).toBeUndefined();
    expect(env.AWS_ACCESS_KEY_ID).not.toBe(process.env.AWS_ACCESS_KEY_ID ?? 'unset-value');
  });

  it('takes the Globals Timeout', () => {
    // Act
    const { stack, fn } = environmentOf('DiscoverFunction');
    // Assess
    expect(timeoutSeconds(fn, stack)).toBe(20);
  });
});
