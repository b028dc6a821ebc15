/** The EventBridge adapter of {@link PublishEvents}. */
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DETAIL_TYPE, EVENT_SOURCE, type PublishEvents } from '../domain/route-events';

/** Publishes to `busName` with the pattern's source and detail-type; outcomes follow PutEvents' entry order. */
export function createBusPublisher(client: EventBridgeClient, busName: string): PublishEvents {
  return async (events) => {
    const output = await client.send(
      new PutEventsCommand({
        Entries: events.map((event) => ({
          EventBusName: busName,
          Source: EVENT_SOURCE,
          DetailType: DETAIL_TYPE,
          Detail: JSON.stringify(event),
          Time: new Date(event.timestamp),
        })),
      }),
    );
    return (output.Entries ?? []).map((entry) =>
      entry.ErrorCode
        ? { errorCode: entry.ErrorCode, ...(entry.ErrorMessage ? { errorMessage: entry.ErrorMessage } : {}) }
        : {},
    );
  };
}
