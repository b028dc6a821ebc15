import { AthenaClient } from '@aws-sdk/client-athena';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GlueClient } from '@aws-sdk/client-glue';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { EmulatorEndpoints } from './emulators/emulator-host';
import { LOCAL_CREDENTIALS } from './environment';
import { LOCAL_REGION } from './parameters';

/** SDK clients of the running emulators (only those that were started). */
export interface EmulatorClients {
  s3?: S3Client;
  dynamodb?: DynamoDBClient;
  kinesis?: KinesisClient;
  sqs?: SQSClient;
  sns?: SNSClient;
  /** The local Athena; `glue` reaches its catalog (CreateDatabase, CreateTable) at the same endpoint. */
  athena?: AthenaClient;
  glue?: GlueClient;
}

/** Creates one client per emulator endpoint; S3 uses path-style addressing. */
export function emulatorClients(endpoints: EmulatorEndpoints): EmulatorClients {
  const base = (endpoint: string) => ({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  return {
    s3: endpoints.s3 ? new S3Client({ ...base(endpoints.s3), forcePathStyle: true }) : undefined,
    dynamodb: endpoints.dynamodb ? new DynamoDBClient(base(endpoints.dynamodb)) : undefined,
    kinesis: endpoints.kinesis ? new KinesisClient(base(endpoints.kinesis)) : undefined,
    sqs: endpoints.sqs ? new SQSClient(base(endpoints.sqs)) : undefined,
    sns: endpoints.sns ? new SNSClient(base(endpoints.sns)) : undefined,
    athena: endpoints.athena ? new AthenaClient(base(endpoints.athena)) : undefined,
    glue: endpoints.athena ? new GlueClient(base(endpoints.athena)) : undefined,
  };
}

/** Closes every client's connections. */
export function destroyClients(clients: EmulatorClients): void {
  for (const client of Object.values(clients)) client?.destroy();
}
