import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { createOntapClient } from '@fsxn-s3ap/shared/ontap';
import running from '../../../events/ecs-task-running.json';
import { parseRunningTask } from '../../../src/domain/ecs-task';
import { createHandler } from '../../../src/functions/ip-updater';
import type { IpUpdaterConfig } from '../../../src/functions/ip-updater/config';
import { loadIpUpdaterConfig } from '../../../src/functions/ip-updater/config';
import { type FakeOntap, startFakeOntap } from '../../support/fake-ontap';
import { createRecordingLogger } from '../../support/recording-logger';

const scope = { clusterArn: running.detail.clusterArn, serviceName: 'fpolicy-server' };

function config(baseUrl: string): IpUpdaterConfig {
  return {
    ...scope,
    managementEndpoint: baseUrl,
    secretId: 'arn:secret',
    svmName: 'svm1',
    policyName: 'fp-policy',
    engineName: 'fp-engine',
    priority: 2,
    verifyTls: true,
  };
}

describe('ip updater handler', () => {
  let ontap: FakeOntap;

  beforeEach(async () => {
    ontap = await startFakeOntap();
  });

  afterEach(async () => {
    await ontap.stop();
  });

  it('points the engine at the task IP: disable, patch, enable', async () => {
    // Prepare
    const handler = createHandler({
      config: () => config(ontap.baseUrl),
      ontap: async (cfg) =>
        createOntapClient({ baseUrl: cfg.managementEndpoint, credentials: { username: 'u', password: 'p' } }),
      logger: createRecordingLogger(),
    });

    // Act
    const result = await handler(running);

    // Assess
    expect(result).toEqual({ updated: true, serverIp: '10.0.1.23' });
    expect(ontap.patches()).toEqual([
      ['/api/protocols/fpolicy/svm-uuid-1/policies/fp-policy', { enabled: false }],
      ['/api/protocols/fpolicy/svm-uuid-1/engines/fp-engine', { primary_servers: ['10.0.1.23'] }],
      ['/api/protocols/fpolicy/svm-uuid-1/policies/fp-policy', { enabled: true, priority: 2 }],
    ]);
  });

  it('ignores a task of another service without calling ONTAP', async () => {
    // Prepare
    const logger = createRecordingLogger();
    const handler = createHandler({
      config: () => config(ontap.baseUrl),
      ontap: async () => {
        throw new Error('must not connect');
      },
      logger,
    });

    // Act
    const result = await handler({ ...running, detail: { ...running.detail, group: 'service:other' } });

    // Assess
    expect(result).toEqual({ updated: false, skipped: 'task of group service:other' });
    expect(ontap.requests).toHaveLength(0);
  });
});

describe('parseRunningTask', () => {
  it('reads the private IP of the eni attachment', () => {
    // Act / Assess
    expect(parseRunningTask(running, scope)).toEqual({ taskArn: running.detail.taskArn, privateIp: '10.0.1.23' });
  });

  it.each([
    [{ clusterArn: 'arn:other' }, 'task of cluster arn:other'],
    [{ lastStatus: 'PENDING' }, 'task is PENDING (desired RUNNING)'],
    [{ desiredStatus: 'STOPPED' }, 'task is RUNNING (desired STOPPED)'],
  ])('skips an event that is not a running task of the service (%#)', (change, reason) => {
    // Act / Assess
    expect(parseRunningTask({ detail: { ...running.detail, ...change } }, scope)).toEqual({ skip: reason });
  });

  it('throws when the running task has no private IP, or the event has no detail', () => {
    // Act / Assess
    expect(() => parseRunningTask({ detail: { ...running.detail, attachments: [] } }, scope)).toThrow(ValidationError);
    expect(() => parseRunningTask({}, scope)).toThrow('event has no detail');
  });
});

describe('loadIpUpdaterConfig', () => {
  it('names the missing variable', () => {
    // Act / Assess
    expect(() => loadIpUpdaterConfig({ ECS_CLUSTER_ARN: 'a' })).toThrow('ECS_SERVICE_NAME');
  });
});
