/** Container entry point: start the server, and on SIGTERM (ECS stopping the task) drain it before exiting. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { loadServerConfig } from './config';
import { startFPolicyServer } from './server';
import { createSqsBatcher } from './sqs-batcher';

async function main(): Promise<void> {
  const logger = getLogger();
  const config = loadServerConfig();
  const sink = createSqsBatcher({
    client: new SQSClient({}),
    queueUrl: config.queueUrl,
    logger,
    lingerMs: config.lingerMs,
  });
  const server = await startFPolicyServer({
    sink,
    logger,
    port: config.port,
    host: config.host,
    idleTimeoutMs: config.idleTimeoutMs,
  });
  const shutdown = (signal: string) => {
    logger.info('Shutting down', { signal, outstanding: sink.outstanding });
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('Shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  getLogger().error('FPolicy server failed to start', { error });
  process.exit(1);
});
