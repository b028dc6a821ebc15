import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { TaskError } from './errors';

/** Clients of the emulators the SDK integrations call; absent when the template declares no such resource. */
export interface IntegrationClients {
  sns?: SNSClient;
  sqs?: SQSClient;
  dynamodb?: DynamoDBClient;
}

/** Publishes events on the local bus (rules deliver them in-process). */
export type PutEvents = (entries: Record<string, unknown>[]) => Promise<{ EventId?: string; ErrorCode?: string }[]>;

type Json = Record<string, unknown>;

const HTTP_METADATA = { SdkHttpMetadata: { HttpStatusCode: 200 }, SdkResponseMetadata: {} };

function required<T>(client: T | undefined, service: string, stateName: string): T {
  if (!client)
    throw new TaskError('States.Runtime', `state "${stateName}": the template declares no ${service} resource`);
  return client;
}

function text(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function withoutMetadata(output: object): Json {
  const { $metadata: _ignored, ...rest } = output as Json;
  return { ...rest, ...HTTP_METADATA };
}

async function named<T>(service: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && !(error instanceof TaskError))
      throw new TaskError(`${service}.${error.name}`, error.message);
    throw error;
  }
}

/** `arn:aws:states:::<service>:<action>` integrations against the emulators, keyed by `<service>:<action>`. */
export function sdkIntegrations(
  clients: IntegrationClients,
  putEvents: PutEvents,
): Record<string, (input: Json, stateName: string) => Promise<Json>> {
  const dynamo = (stateName: string) => required(clients.dynamodb, 'DynamoDB', stateName);
  const integrations: Record<string, (input: Json, stateName: string) => Promise<Json>> = {
    'sns:publish': (input, stateName) =>
      named('SNS', async () => {
        const sns = required(clients.sns, 'SNS', stateName);
        const message = text(input.Message) ?? '';
        const output = await sns.send(new PublishCommand({ ...input, Message: message } as never));
        return withoutMetadata(output);
      }),
    'sqs:sendMessage': (input, stateName) =>
      named('SQS', async () => {
        const sqs = required(clients.sqs, 'SQS', stateName);
        const output = await sqs.send(
          new SendMessageCommand({ ...input, MessageBody: text(input.MessageBody) } as never),
        );
        return withoutMetadata(output);
      }),
    'dynamodb:putItem': (input, stateName) =>
      named('DynamoDB', async () => withoutMetadata(await dynamo(stateName).send(new PutItemCommand(input as never)))),
    'dynamodb:updateItem': (input, stateName) =>
      named('DynamoDB', async () =>
        withoutMetadata(await dynamo(stateName).send(new UpdateItemCommand(input as never))),
      ),
    'dynamodb:getItem': (input, stateName) =>
      named('DynamoDB', async () => withoutMetadata(await dynamo(stateName).send(new GetItemCommand(input as never)))),
    'dynamodb:deleteItem': (input, stateName) =>
      named('DynamoDB', async () =>
        withoutMetadata(await dynamo(stateName).send(new DeleteItemCommand(input as never))),
      ),
    'events:putEvents': async (input) => {
      const entries = (Array.isArray(input.Entries) ? input.Entries : []).map((entry: Json) => ({
        ...entry,
        Detail: text(entry.Detail) ?? '{}',
      }));
      const results = await putEvents(entries);
      const failed = results.filter((entry) => entry.ErrorCode).length;
      if (failed > 0)
        throw new TaskError('EventBridge.FailedEntries', `${failed} of ${results.length} events were rejected`);
      return { Entries: results, FailedEntryCount: 0, ...HTTP_METADATA };
    },
  };
  // A JSON round trip gives the SDK plain objects of this realm (the interpreter may hand over structured clones).
  return Object.fromEntries(
    Object.entries(integrations).map(([key, call]) => [
      key,
      (input: Json, stateName: string) => call(JSON.parse(JSON.stringify(input)) as Json, stateName),
    ]),
  );
}
