/** The IP updater's configuration, from the template. */
import { boolEnv, type Env, intEnv, requireEnv } from '@fsxn-s3ap/shared/config';

export interface IpUpdaterConfig {
  clusterArn: string;
  serviceName: string;
  managementEndpoint: string;
  secretId: string;
  svmName: string;
  policyName: string;
  engineName: string;
  priority: number;
  verifyTls: boolean;
}

export function loadIpUpdaterConfig(env: Env = process.env): IpUpdaterConfig {
  return {
    clusterArn: requireEnv('ECS_CLUSTER_ARN', env),
    serviceName: requireEnv('ECS_SERVICE_NAME', env),
    managementEndpoint: requireEnv('ONTAP_MANAGEMENT_ENDPOINT', env),
    secretId: requireEnv('ONTAP_SECRET_ARN', env),
    svmName: requireEnv('ONTAP_SVM_NAME', env),
    policyName: requireEnv('FPOLICY_POLICY_NAME', env),
    engineName: requireEnv('FPOLICY_ENGINE_NAME', env),
    priority: intEnv('FPOLICY_POLICY_PRIORITY', { fallback: 1, min: 1, max: 10 }, env),
    verifyTls: boolEnv('ONTAP_VERIFY_TLS', true, env),
  };
}
