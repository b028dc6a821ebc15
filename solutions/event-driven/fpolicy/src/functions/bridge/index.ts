/** Bridge: SQS (from the FPolicy server) -> the FPolicy EventBridge bus, reporting partial batch failures. */
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { requireEnv } from '@fsxn-s3ap/shared/config';
import { addMetric, createAwsClient, getLogger, MetricUnit, withObservability } from '@fsxn-s3ap/shared/observability';
import { createBusPublisher } from '../../adapters/event-bus';
import { type PublishEvents, type RouteLogger, routeRecords } from '../../domain/route-events';
import { parseSqsEvent } from '../../domain/sqs-event';

export interface BridgeDeps {
  publish: PublishEvents;
  logger: RouteLogger;
  now: () => Date;
}

export const createHandler =
  (deps: BridgeDeps) =>
  async (event: unknown): Promise<{ batchItemFailures: { itemIdentifier: string }[] }> => {
    const { batchItemFailures, routed } = await routeRecords(parseSqsEvent(event), deps.publish, deps.logger);
    const now = deps.now().getTime();
    for (const routedEvent of routed) {
      addMetric(
        'EventBridgeRoutingLatency',
        MetricUnit.Milliseconds,
        Math.max(0, now - Date.parse(routedEvent.timestamp)),
      );
    }
    addMetric('EventsRouted', MetricUnit.Count, routed.length);
    return { batchItemFailures };
  };

let publish: PublishEvents | undefined;
export const defaultDeps = (): BridgeDeps => ({
  publish: (events) => {
    publish ??= createBusPublisher(createAwsClient(EventBridgeClient, {}), requireEnv('EVENT_BUS_NAME'));
    return publish(events);
  },
  logger: getLogger(),
  now: () => new Date(),
});

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'ED-FPOLICY' });
