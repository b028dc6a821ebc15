/** Factory of the SDK-backed {@link Fleet}. */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { createAwsClient } from '../observability/aws-client';
import { CloudWatchFleetAlarms } from './cloudwatch-alarms';
import { DynamoDbIncidentStore } from './dynamodb-incident-store';
import { Ec2FleetCompute } from './ec2-compute';
import { type Ec2Api, Ec2QueryClient } from './ec2-query';
import { Elbv2FleetTargets } from './elbv2-targets';
import type { Fleet } from './ports';

/** Options of {@link createSdkFleet}: the incident table, and clients to reuse (built otherwise). */
export interface SdkFleetOptions {
  incidentTableName: string;
  /** The EC2 Query client (or a fake of its one method). */
  ec2?: Ec2Api;
  elbv2?: ElasticLoadBalancingV2Client;
  cloudWatch?: CloudWatchClient;
  dynamodb?: DynamoDBClient;
}

/**
 * A {@link Fleet} on EC2, Elastic Load Balancing v2, CloudWatch and DynamoDB. Endpoints and region come from the
 * SDK's standard configuration, for the EC2 Query client too (`AWS_REGION`, `AWS_ENDPOINT_URL_<SERVICE>`).
 *
 * @example
 * ```ts
 * const fleet = createSdkFleet({ incidentTableName: requireEnv('INCIDENT_TABLE_NAME') });
 * ```
 */
export function createSdkFleet(options: SdkFleetOptions): Fleet {
  return {
    compute: new Ec2FleetCompute(options.ec2 ?? new Ec2QueryClient()),
    targets: new Elbv2FleetTargets(options.elbv2 ?? createAwsClient(ElasticLoadBalancingV2Client, {})),
    alarms: new CloudWatchFleetAlarms(options.cloudWatch ?? createAwsClient(CloudWatchClient, {})),
    incidents: new DynamoDbIncidentStore({
      tableName: options.incidentTableName,
      client: options.dynamodb ?? createAwsClient(DynamoDBClient, {}),
    }),
  };
}
