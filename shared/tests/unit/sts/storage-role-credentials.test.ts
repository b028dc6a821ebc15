import { AssumeRoleCommand, type AssumeRoleCommandOutput, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { AccessDeniedError, ConfigError, FsxnError, ThrottlingError } from '../../../src/errors';
import { createStorageRoleCredentials } from '../../../src/sts';

const sts = mockClient(STSClient);

const ROLE_ARN = 'arn:aws:iam::111122223333:role/fsxn-s3ap-storage-access-us-east-1';
const EXTERNAL_ID = 'workload-a.2025_rotation-1';
const START = new Date('2025-06-01T00:00:00Z');
const HOUR_MS = 3_600_000;

function sessionAnswer(id: string, expiresAt: Date) {
  return {
    Credentials: {
      AccessKeyId: id,
      SecretAccessKey: `secret-${id}`,
      SessionToken: `token-${id}`,
      Expiration: expiresAt,
    },
  };
}

function namedError(name: string): Error {
  return Object.assign(new Error(`${name} from STS`), { name });
}

function newProvider(overrides: Partial<Parameters<typeof createStorageRoleCredentials>[0]> = {}) {
  return createStorageRoleCredentials({
    roleArn: ROLE_ARN,
    externalId: EXTERNAL_ID,
    client: new STSClient({ region: 'us-east-1' }),
    ...overrides,
  });
}

describe('createStorageRoleCredentials', () => {
  beforeEach(() => {
    sts.reset();
    jest.useFakeTimers({ now: START, doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('assumes the role with the External ID, the default session name and a one-hour session', async () => {
    // Prepare
    sts.on(AssumeRoleCommand).resolves(sessionAnswer('AKIA1', new Date(START.getTime() + HOUR_MS)));
    const provider = newProvider();

    // Act
    const credentials = await provider();

    // Assess
    expect(sts).toHaveReceivedCommandWith(AssumeRoleCommand, {
      RoleArn: ROLE_ARN,
      ExternalId: EXTERNAL_ID,
      RoleSessionName: 'fsxn-s3ap-storage',
      DurationSeconds: 3600,
    });
    expect(credentials).toEqual({
      accessKeyId: 'AKIA1',
      secretAccessKey: 'secret-AKIA1',
      sessionToken: 'token-AKIA1',
      expiration: new Date(START.getTime() + HOUR_MS),
    });
  });

  it('serves cached credentials until five minutes before they expire', async () => {
    // Prepare
    sts
      .on(AssumeRoleCommand)
      .resolvesOnce(sessionAnswer('AKIA1', new Date(START.getTime() + HOUR_MS)))
      .resolvesOnce(sessionAnswer('AKIA2', new Date(START.getTime() + 2 * HOUR_MS)));
    const provider = newProvider();
    await provider();

    // Act
    jest.setSystemTime(START.getTime() + HOUR_MS - 5 * 60_000 - 1);
    const beforeWindow = await provider();
    jest.setSystemTime(START.getTime() + HOUR_MS - 5 * 60_000);
    const insideWindow = await provider();

    // Assess
    expect(beforeWindow.accessKeyId).toBe('AKIA1');
    expect(insideWindow.accessKeyId).toBe('AKIA2');
    expect(sts).toHaveReceivedCommandTimes(AssumeRoleCommand, 2);
  });

  it('honours a custom refresh margin and session settings', async () => {
    // Prepare
    sts
      .on(AssumeRoleCommand)
      .resolvesOnce(sessionAnswer('AKIA1', new Date(START.getTime() + 900_000)))
      .resolvesOnce(sessionAnswer('AKIA2', new Date(START.getTime() + 1_800_000)));
    const provider = newProvider({ sessionName: 'uc11-catalog', durationSeconds: 900, refreshBeforeMs: 60_000 });
    await provider();

    // Act
    jest.advanceTimersByTime(900_000 - 60_001);
    const cached = await provider();
    jest.advanceTimersByTime(1);
    const refreshed = await provider();

    // Assess
    expect(cached.accessKeyId).toBe('AKIA1');
    expect(refreshed.accessKeyId).toBe('AKIA2');
    expect(sts.commandCalls(AssumeRoleCommand)[1]?.args[0].input).toMatchObject({
      RoleSessionName: 'uc11-catalog',
      DurationSeconds: 900,
    });
  });

  it('shares one in-flight AssumeRole between concurrent callers', async () => {
    // Prepare
    sts.on(AssumeRoleCommand).resolves(sessionAnswer('AKIA1', new Date(START.getTime() + HOUR_MS)));
    const provider = newProvider();

    // Act
    const results = await Promise.all([provider(), provider(), provider(), provider()]);

    // Assess
    expect(sts).toHaveReceivedCommandTimes(AssumeRoleCommand, 1);
    expect(new Set(results.map((credentials) => credentials.accessKeyId))).toEqual(new Set(['AKIA1']));
  });

  it('does not cache a failure, so the next call assumes the role again', async () => {
    // Prepare
    sts
      .on(AssumeRoleCommand)
      .rejectsOnce(namedError('ServiceUnavailable'))
      .resolvesOnce(sessionAnswer('AKIA2', new Date(START.getTime() + HOUR_MS)));
    const provider = newProvider();

    // Act
    const first = provider();
    await expect(first).rejects.toThrow('ServiceUnavailable from STS');
    const second = await provider();

    // Assess
    expect(second.accessKeyId).toBe('AKIA2');
    expect(sts).toHaveReceivedCommandTimes(AssumeRoleCommand, 2);
  });

  it('turns AccessDenied into AccessDeniedError naming the role but never the External ID', async () => {
    // Prepare
    sts.on(AssumeRoleCommand).rejects(namedError('AccessDenied'));
    const provider = newProvider();

    // Act
    const error = await provider().catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as Error).message).toContain(ROLE_ARN);
    expect((error as Error).message).toContain('sts:ExternalId');
    expect((error as Error).message).not.toContain(EXTERNAL_ID);
  });

  it('turns throttling into ThrottlingError', async () => {
    // Prepare
    sts.on(AssumeRoleCommand).rejects(namedError('Throttling'));

    // Act
    const result = newProvider()();

    // Assess
    await expect(result).rejects.toBeInstanceOf(ThrottlingError);
  });

  it.each([
    ['no credentials', {}],
    ['no session token', { Credentials: { AccessKeyId: 'A', SecretAccessKey: 'S', Expiration: START } }],
    ['no expiration', { Credentials: { AccessKeyId: 'A', SecretAccessKey: 'S', SessionToken: 'T' } }],
  ])('rejects an answer with %s', async (_case, answer) => {
    // Prepare
    sts.on(AssumeRoleCommand).resolves(answer as AssumeRoleCommandOutput);

    // Act
    const result = newProvider()();

    // Assess
    await expect(result).rejects.toBeInstanceOf(FsxnError);
  });

  it.each([
    ['a malformed role ARN', { roleArn: 'arn:aws:s3:::bucket' }],
    ['a short External ID', { externalId: 'short' }],
    ['an External ID with a space', { externalId: 'has a space in it' }],
    ['a session name with a slash', { sessionName: 'bad/name' }],
    ['a session shorter than 15 minutes', { durationSeconds: 600 }],
    ['a refresh margin as long as the session', { durationSeconds: 900, refreshBeforeMs: 900_000 }],
    ['a negative refresh margin', { refreshBeforeMs: -1 }],
  ])('refuses %s with ConfigError before calling STS', (_case, overrides) => {
    // Prepare
    const build = () => newProvider(overrides);

    // Act
    const act = () => build();

    // Assess
    expect(act).toThrow(ConfigError);
    expect(sts).toHaveReceivedCommandTimes(AssumeRoleCommand, 0);
  });

  it('keeps an invalid External ID out of the error message', () => {
    // Prepare
    const secret = 'secret value!';

    // Act
    const error = (() => {
      try {
        newProvider({ externalId: secret });
        return undefined;
      } catch (caught) {
        return caught as Error;
      }
    })();

    // Assess
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).not.toContain(secret);
  });
});
