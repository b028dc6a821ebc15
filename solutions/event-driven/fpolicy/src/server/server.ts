/**
 * The TCP server: many concurrent ONTAP connections feeding one event sink; `stop` drains it. Connections past
 * `maxConnections` are refused at accept, and partial frames share one byte budget (see PendingBudget).
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { ServerLogger } from './logger';
import { PendingBudget } from './pending-budget';
import { startSession } from './session';
import type { GuardLimits } from './session-guards';
import type { EventSink } from './sqs-batcher';

export interface FPolicyServerOptions {
  sink: EventSink;
  logger: ServerLogger;
  /** 9898 in the template; 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** 300 s by default: longer than ONTAP's 2-minute keep-alive interval. */
  idleTimeoutMs?: number;
  /** Concurrent connections; 64 by default (an SVM opens one or two per node). */
  maxConnections?: number;
  /** Bytes of partial frames across connections before the largest senders are paused; 32 MiB by default. */
  pendingBudgetBytes?: number;
  limits?: Partial<GuardLimits>;
  /** How long `stop` waits for SQS before journalling the rest; 20 s by default. */
  drainDeadlineMs?: number;
  now?: () => Date;
  newId?: () => string;
}

export interface FPolicyServer {
  readonly port: number;
  readonly connections: number;
  /** Bytes held in partial frames now. */
  readonly pendingBytes: number;
  /** Stops accepting, closes every connection, then drains the sink (sent, or journalled at the deadline). */
  stop(): Promise<void>;
}

/** Listens and resolves once the port is bound. */
export async function startFPolicyServer(options: FPolicyServerOptions): Promise<FPolicyServer> {
  const sockets = new Set<net.Socket>();
  const budget = new PendingBudget(options.pendingBudgetBytes ?? 32 * 1024 * 1024);
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    startSession({
      socket,
      connectionId: randomUUID(),
      sink: options.sink,
      logger: options.logger,
      budget,
      idleTimeoutMs: options.idleTimeoutMs ?? 300_000,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.newId ? { newId: options.newId } : {}),
    });
  });
  server.maxConnections = options.maxConnections ?? 64;
  server.on('drop', (data?: net.DropArgument) =>
    options.logger.warn('Connection refused: too many connections', {
      remote: data?.remoteAddress,
      maxConnections: server.maxConnections,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  options.logger.info('FPolicy server listening', { port });
  let stopping: Promise<void> | undefined;
  return {
    port,
    get connections() {
      return sockets.size;
    },
    get pendingBytes() {
      return budget.bytes;
    },
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await closed;
        await options.sink.drain(options.drainDeadlineMs ?? 20_000);
        options.logger.info('FPolicy server stopped; pending events sent or journalled', { port });
      })();
      return stopping;
    },
  };
}
