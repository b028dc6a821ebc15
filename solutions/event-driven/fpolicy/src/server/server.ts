/** The TCP server: many concurrent ONTAP connections feeding one event sink; `stop` drains it. */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { ServerLogger } from './logger';
import { startSession } from './session';
import type { EventSink } from './sqs-batcher';

export interface FPolicyServerOptions {
  sink: EventSink;
  logger: ServerLogger;
  /** 9898 in the template; 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** 300 s by default: longer than ONTAP's 2-minute keep-alive interval. */
  idleTimeoutMs?: number;
  now?: () => Date;
  newId?: () => string;
}

export interface FPolicyServer {
  readonly port: number;
  readonly connections: number;
  /** Stops accepting, closes every connection, then waits until the sink has sent everything it holds. */
  stop(): Promise<void>;
}

/** Listens and resolves once the port is bound. */
export async function startFPolicyServer(options: FPolicyServerOptions): Promise<FPolicyServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    startSession({
      socket,
      connectionId: randomUUID(),
      sink: options.sink,
      logger: options.logger,
      idleTimeoutMs: options.idleTimeoutMs ?? 300_000,
      ...(options.now ? { now: options.now } : {}),
      ...(options.newId ? { newId: options.newId } : {}),
    });
  });
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
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await closed;
        await options.sink.flush();
        options.logger.info('FPolicy server stopped; pending events flushed', { port });
      })();
      return stopping;
    },
  };
}
