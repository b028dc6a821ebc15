import { CreateTableCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { CreateStreamCommand, DescribeStreamSummaryCommand } from '@aws-sdk/client-kinesis';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { EmulatorClients } from './clients';
import { provisionAnalytics } from './emulators/athena/provision-analytics';
import type { EmulatedService } from './emulators/emulator-host';
import { LocalRunError } from './errors';
import { NO_VALUE, resolveValue } from './intrinsics';
import { LOCAL_INPUT_ALIAS } from './parameters';
import type { StackResource } from './resource-names';
import { type LocalStack, resourcesOfType } from './stack';

type Json = Record<string, unknown>;

const SERVICE_OF_TYPE: Record<string, EmulatedService> = {
  'AWS::S3::Bucket': 's3',
  'AWS::DynamoDB::Table': 'dynamodb',
  'AWS::Serverless::SimpleTable': 'dynamodb',
  'AWS::Kinesis::Stream': 'kinesis',
  'AWS::SQS::Queue': 'sqs',
  'AWS::SNS::Topic': 'sns',
  'AWS::Glue::Database': 'athena',
  'AWS::Glue::Table': 'athena',
  'AWS::Athena::WorkGroup': 'athena',
  'AWS::Athena::NamedQuery': 'athena',
};

/** Emulators a stack needs: S3 always (the input access point), plus one per declared resource type. */
export function servicesFor(types: Iterable<string>): EmulatedService[] {
  const services = new Set<EmulatedService>(['s3']);
  for (const type of types) {
    const service = SERVICE_OF_TYPE[type];
    if (service) services.add(service);
  }
  return [...services];
}

/** Buckets of the stack: the input access point, every parameter value that is an access point alias, declared buckets. */
export function bucketNames(stack: LocalStack): string[] {
  const aliases = Object.entries(stack.parameters)
    .filter(([name, value]) => !name.startsWith('AWS::') && /-ext-s3alias$/.test(value))
    .map(([, value]) => value);
  const input = inputBucketOf(stack);
  const declared = resourcesOfType(stack, 'AWS::S3::Bucket').map((bucket) => bucket.name);
  return [...new Set([input, ...aliases, ...declared])];
}

/**
 * The bucket a local run seeds with demo data: the input access point (its alias becomes a local bucket) when the
 * template takes one, else the template's own bucket that sends events to EventBridge (an S3-triggered pattern),
 * else a stand-in input bucket.
 */
export function inputBucketOf(stack: LocalStack): string {
  const alias = stack.parameters.S3AccessPointAlias;
  if (alias !== undefined && alias !== '') return alias;
  const notifying = resourcesOfType(stack, 'AWS::S3::Bucket').find((bucket) => {
    const notification = properties(bucket, stack).NotificationConfiguration as Json | undefined;
    const eventBridge = notification?.EventBridgeConfiguration as Json | undefined;
    return eventBridge?.EventBridgeEnabled === true || eventBridge?.EventBridgeEnabled === 'true';
  });
  return notifying?.name ?? LOCAL_INPUT_ALIAS;
}

function properties(resource: StackResource, stack: LocalStack): Json {
  const resolved = resolveValue(resource.resource.Properties ?? {}, stack.scope);
  return resolved === NO_VALUE || typeof resolved !== 'object' || Array.isArray(resolved) ? {} : (resolved as Json);
}

/** CreateTable input from a template table: key schema, attributes, indexes; TTL and streams are left out. */
export function tableInput(resource: StackResource, stack: LocalStack): CreateTableCommandInput {
  const props = properties(resource, stack);
  if (resource.type === 'AWS::Serverless::SimpleTable') {
    const key = (props.PrimaryKey ?? { Name: 'id', Type: 'String' }) as { Name: string; Type: string };
    const type = key.Type === 'Number' ? 'N' : key.Type === 'Binary' ? 'B' : 'S';
    return {
      TableName: resource.name,
      KeySchema: [{ AttributeName: key.Name, KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: key.Name, AttributeType: type }],
      BillingMode: 'PAY_PER_REQUEST',
    };
  }
  const onDemand = props.BillingMode === 'PAY_PER_REQUEST' || props.ProvisionedThroughput === undefined;
  const throughput = onDemand ? {} : { ProvisionedThroughput: props.ProvisionedThroughput };
  const index = (entry: Json) => {
    const { ContributorInsightsSpecification: _c, ...rest } = entry;
    return onDemand ? { ...rest, ProvisionedThroughput: undefined } : rest;
  };
  const input = {
    TableName: resource.name,
    KeySchema: props.KeySchema,
    AttributeDefinitions: props.AttributeDefinitions,
    BillingMode: onDemand ? 'PAY_PER_REQUEST' : 'PROVISIONED',
    ...throughput,
    GlobalSecondaryIndexes: (props.GlobalSecondaryIndexes as Json[] | undefined)?.map(index),
    LocalSecondaryIndexes: props.LocalSecondaryIndexes,
  };
  return input as CreateTableCommandInput;
}

async function waitForStream(stack: LocalStack, clients: EmulatorClients, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const summary = await clients.kinesis?.send(new DescribeStreamSummaryCommand({ StreamName: name }));
    if (summary?.StreamDescriptionSummary?.StreamStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new LocalRunError(`${stack.stackName}: stream ${name} did not become ACTIVE`);
}

/** Notes about template features the emulators do not reproduce (shown in the summary). */
export type ProvisionNotes = string[];

/**
 * Creates every bucket, table, stream, queue, topic and SQS subscription of the stack in the emulators.
 * Queue resources get the URL the emulator returns as their Ref.
 */
export async function provision(stack: LocalStack, clients: EmulatorClients): Promise<ProvisionNotes> {
  const notes: ProvisionNotes = [];
  for (const bucket of bucketNames(stack)) await clients.s3?.send(new CreateBucketCommand({ Bucket: bucket }));
  for (const table of resourcesOfType(stack, 'AWS::DynamoDB::Table', 'AWS::Serverless::SimpleTable')) {
    const props = properties(table, stack);
    if (props.TimeToLiveSpecification) {
      notes.push(
        `${table.logicalId}: TimeToLive is not emulated (dynalite has no UpdateTimeToLive); items never expire`,
      );
    }
    if (props.StreamSpecification) notes.push(`${table.logicalId}: DynamoDB Streams are not emulated`);
    await clients.dynamodb?.send(new CreateTableCommand(tableInput(table, stack)));
  }
  for (const stream of resourcesOfType(stack, 'AWS::Kinesis::Stream')) {
    const shards = Number(properties(stream, stack).ShardCount ?? 1);
    await clients.kinesis?.send(new CreateStreamCommand({ StreamName: stream.name, ShardCount: shards || 1 }));
    await waitForStream(stack, clients, stream.name);
  }
  for (const queue of resourcesOfType(stack, 'AWS::SQS::Queue')) {
    const props = properties(queue, stack);
    const keep = [
      'FifoQueue',
      'ContentBasedDeduplication',
      'VisibilityTimeout',
      'DelaySeconds',
      'MessageRetentionPeriod',
    ];
    const attributes = Object.fromEntries(
      keep.filter((key) => props[key] !== undefined).map((key) => [key, String(props[key])]),
    );
    const created = await clients.sqs?.send(new CreateQueueCommand({ QueueName: queue.name, Attributes: attributes }));
    if (created?.QueueUrl) {
      queue.ref = created.QueueUrl;
      queue.attributes.QueueUrl = created.QueueUrl;
      const described = await clients.sqs?.send(
        new GetQueueAttributesCommand({ QueueUrl: created.QueueUrl, AttributeNames: ['QueueArn'] }),
      );
      const arn = described?.Attributes?.QueueArn;
      if (arn) queue.attributes.Arn = arn;
    }
  }
  await provisionTopics(stack, clients, notes);
  await provisionAnalytics(stack, clients, notes);
  return notes;
}

async function provisionTopics(stack: LocalStack, clients: EmulatorClients, notes: ProvisionNotes): Promise<void> {
  const subscriptions: { topic: string; protocol: string; endpoint: string; owner: string }[] = [];
  for (const topic of resourcesOfType(stack, 'AWS::SNS::Topic')) {
    const created = await clients.sns?.send(new CreateTopicCommand({ Name: topic.name }));
    if (created?.TopicArn) {
      topic.ref = created.TopicArn;
      topic.attributes.TopicArn = created.TopicArn;
    }
    for (const entry of (properties(topic, stack).Subscription as Json[] | undefined) ?? []) {
      subscriptions.push({
        topic: topic.ref,
        protocol: String(entry.Protocol),
        endpoint: String(entry.Endpoint),
        owner: topic.logicalId,
      });
    }
  }
  for (const subscription of resourcesOfType(stack, 'AWS::SNS::Subscription')) {
    const props = properties(subscription, stack);
    subscriptions.push({
      topic: String(props.TopicArn),
      protocol: String(props.Protocol),
      endpoint: String(props.Endpoint),
      owner: subscription.logicalId,
    });
  }
  for (const { topic, protocol, endpoint, owner } of subscriptions) {
    if (protocol !== 'sqs') {
      notes.push(`${owner}: ${protocol} subscriptions are not delivered locally`);
      continue;
    }
    await clients.sns?.send(new SubscribeCommand({ TopicArn: topic, Protocol: 'sqs', Endpoint: endpoint }));
  }
}
