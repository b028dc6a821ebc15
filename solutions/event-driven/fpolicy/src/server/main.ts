/**
 * Container entry point: replay the journal, start the server, and on SIGTERM (ECS stopping the task) drain it
 * within DRAIN_DEADLINE_SECONDS (shorter than the task's stop timeout), journalling what SQS did not take. A
 * rejection or exception that escapes every handler is logged; it never ends the process.
 */
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { loadServerConfig } from './config';
import { createDurableSink } from './durable-sink';
import { openJournal } from './journal';
import { startFPolicyServer } from './server';
import { createSqsClient } from './sqs-client';

async function main(): Promise<void> {
  const logger = getLogger();
  process.on('unhandledRejection', (reason) =>
    logger.error('Unhandled rejection (the server keeps running)', { reason: errorMessage(reason) }),
  );
  process.on('uncaughtException', (error) =>
    logger.error('Uncaught exception (the server keeps running)', { reason: errorMessage(error) }),
  );
  const config = loadServerConfig();
  const client = createSqsClient({
    connectTimeoutMs: config.sqsConnectTimeoutMs,
    requestTimeoutMs: config.sqsRequestTimeoutMs,
    endpoint: config.sqsEndpoint,
  });
  const journal = openJournal({
    dir: config.journalDir,
    maxBytes: config.journalMaxBytes,
    staleMs: config.journalStaleMs,
  });
  const sink = createDurableSink({
    client,
    queueUrl: config.queueUrl,
    logger,
    journal,
    lingerMs: config.lingerMs,
    retryBudgetMs: config.retryBudgetMs,
    maxQueued: config.maxQueuedEvents,
    sendTimeoutMs: config.sqsConnectTimeoutMs + config.sqsRequestTimeoutMs,
  });
  void sink.replay();
  const server = await startFPolicyServer({
    sink,
    logger,
    port: config.port,
    host: config.host,
    idleTimeoutMs: config.idleTimeoutMs,
    maxConnections: config.maxConnections,
    pendingBudgetBytes: config.pendingBudgetBytes,
    limits: { frameTimeoutMs: config.frameTimeoutMs, handshakeTimeoutMs: config.handshakeTimeoutMs },
    drainDeadlineMs: config.drainDeadlineMs,
  });
  const shutdown = (signal: string) => {
    logger.info('Shutting down', { signal, outstanding: sink.outstanding, drainDeadlineMs: config.drainDeadlineMs });
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('Shutdown failed', { reason: errorMessage(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  getLogger().error('FPolicy server failed to start', { reason: errorMessage(error) });
  process.exit(1);
});
