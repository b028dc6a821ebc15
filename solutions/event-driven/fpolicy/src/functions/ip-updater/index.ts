/** IP updater: when this stack's FPolicy task reaches RUNNING, point the ONTAP external engine at its private IP. */
import { getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import {
  createOntapClient,
  getOntapCredentials,
  type OntapClient,
  repointFPolicyEngine,
} from '@fsxn-s3ap/shared/ontap';
import { parseRunningTask } from '../../domain/ecs-task';
import { type IpUpdaterConfig, loadIpUpdaterConfig } from './config';

export interface IpUpdaterDeps {
  config: () => IpUpdaterConfig;
  ontap: (config: IpUpdaterConfig) => Promise<OntapClient>;
  logger: { info(message: string, attributes: Record<string, unknown>): void };
}

export interface IpUpdaterResult {
  updated: boolean;
  serverIp?: string;
  skipped?: string;
}

export const createHandler =
  (deps: IpUpdaterDeps) =>
  async (event: unknown): Promise<IpUpdaterResult> => {
    const config = deps.config();
    const task = parseRunningTask(event, { clusterArn: config.clusterArn, serviceName: config.serviceName });
    if ('skip' in task) {
      deps.logger.info('Event ignored', { reason: task.skip });
      return { updated: false, skipped: task.skip };
    }
    const result = await repointFPolicyEngine(await deps.ontap(config), {
      svmName: config.svmName,
      policyName: config.policyName,
      engineName: config.engineName,
      serverIp: task.privateIp,
      priority: config.priority,
    });
    deps.logger.info('FPolicy engine points at the running task', {
      ...result,
      taskArn: task.taskArn,
      serverIp: task.privateIp,
    });
    return { updated: result.changed, serverIp: task.privateIp };
  };

export const defaultDeps = (): IpUpdaterDeps => ({
  config: () => loadIpUpdaterConfig(),
  ontap: async (config) =>
    createOntapClient({
      baseUrl: config.managementEndpoint,
      credentials: await getOntapCredentials({ secretId: config.secretId }),
      tls: { rejectUnauthorized: config.verifyTls },
    }),
  logger: getLogger(),
});

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'ED-FPOLICY' });
