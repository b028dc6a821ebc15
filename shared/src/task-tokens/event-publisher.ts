/** Publishing job state-change events on EventBridge (how a mock job reaches the same callback as a real one). */
import { EventBridgeClient, type EventBridgeClientConfig, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { AiServiceError } from '../errors';
import { createAwsClient } from '../observability/aws-client';

/** One PutEvents entry. */
export interface BusEntry {
  Source: string;
  DetailType: string;
  Detail: string;
  Resources?: string[];
  EventBusName?: string;
}

/** Publishes entries; throws when the bus rejects one. */
export interface EventPublisher {
  put(entry: BusEntry): Promise<void>;
}

/**
 * An EventPublisher on PutEvents (the default bus unless the entry names one). A rejected entry throws
 * AiServiceError with EventBridge's error code, so an event is never lost silently.
 */
export function createEventPublisher(
  options: { client?: EventBridgeClient; clientConfig?: EventBridgeClientConfig } = {},
): EventPublisher {
  const client = options.client ?? createAwsClient(EventBridgeClient, options.clientConfig ?? {});
  return {
    async put(entry) {
      const result = await client.send(new PutEventsCommand({ Entries: [entry] }));
      if ((result.FailedEntryCount ?? 0) > 0) {
        const failed = result.Entries?.find((item) => item.ErrorCode);
        throw new AiServiceError(
          `PutEvents rejected the ${entry.DetailType} event: ${failed?.ErrorCode ?? 'unknown'} ${failed?.ErrorMessage ?? ''}`.trim(),
        );
      }
    },
  };
}
