/**
 * One ONTAP connection: frames in, replies out. A framing error closes only this connection (the stream cannot be
 * resynchronised); a bad message is logged and skipped. Every reply path is caught: a reply that cannot be framed
 * is logged, never thrown. Events go to the process-wide sink, so a dropped connection never takes events it
 * already delivered with it. Frames are capped at 64 KiB until the handshake, and the bytes of partial frames
 * count against the process-wide {@link PendingBudget}.
 */
import type { Socket } from 'node:net';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { FPolicyMessageError } from '../errors';
import { encodeFrame, FrameDecoder, MAX_FRAME_BYTES, MAX_HANDSHAKE_FRAME_BYTES } from './framing';
import type { ServerLogger } from './logger';
import { MessageType, parseMessage } from './message';
import { buildNegotiationResponse, type Handshake, negotiate } from './negotiation';
import { notificationToEvent } from './notification';
import type { PendingBudget } from './pending-budget';
import { buildScreenResponse, screenRequestId } from './screen';
import { DEFAULT_GUARD_LIMITS, type GuardLimits, guardSession } from './session-guards';
import type { EventSink } from './sqs-batcher';
import { findText, type XmlElement } from './xml';

export interface SessionOptions {
  socket: Socket;
  connectionId: string;
  sink: EventSink;
  logger: ServerLogger;
  /** Idle time before the connection is dropped; ONTAP keep-alives come every 2 minutes by default. */
  idleTimeoutMs: number;
  budget: PendingBudget;
  limits?: Partial<GuardLimits>;
  /** Longest wait for the sink before a SCREEN_REQ is answered anyway; 500 ms by default. */
  screenReplyWaitMs?: number;
  now?: () => Date;
  newId?: () => string;
}

/** Serves `socket` until it closes. */
export function startSession(options: SessionOptions): void {
  const { socket, sink, logger } = options;
  const connection = { connectionId: options.connectionId, remote: socket.remoteAddress };
  const decoder = new FrameDecoder(MAX_HANDSHAKE_FRAME_BYTES);
  const guards = guardSession(socket, { ...DEFAULT_GUARD_LIMITS, ...options.limits }, logger, connection);
  const screenWaitMs = options.screenReplyWaitMs ?? 500;
  let handshake: Handshake | undefined;
  let held = 0;

  /** Never throws: a payload that cannot be framed, or a socket that fails, is logged. */
  const reply = (build: () => Buffer) => {
    try {
      if (guards.canWrite()) socket.write(encodeFrame(build()));
    } catch (error) {
      logger.warn('Reply not sent', { ...connection, reason: errorMessage(error), errorName: (error as Error).name });
    }
  };

  const toEvent = (body: XmlElement | undefined, type: string) => {
    if (!handshake) throw new FPolicyMessageError(`${type} before NEGO_REQ`);
    return notificationToEvent(body, {
      now: (options.now ?? (() => new Date()))(),
      ...(handshake.vsName ? { svmName: handshake.vsName } : {}),
      ...(options.newId ? { newId: options.newId } : {}),
    });
  };

  // Rejections are logged by the batcher with the whole event; the session only keeps the promise handled.
  const enqueue = (body: XmlElement | undefined, type: string): Promise<void> =>
    sink.enqueue(toEvent(body, type)).catch(() => undefined);

  const handle = (payload: Buffer) => {
    let type = 'unknown';
    try {
      const message = parseMessage(payload);
      type = message.type;
      switch (message.type) {
        case MessageType.NegoReq:
          handshake = negotiate(message.body);
          decoder.maxFrameBytes = MAX_FRAME_BYTES;
          guards.handshakeDone();
          reply(() => buildNegotiationResponse(handshake as Handshake));
          logger.info('Handshake done', { ...connection, policy: handshake.policyName, version: handshake.version });
          return;
        case MessageType.NotiReq:
          void enqueue(message.body, type);
          return;
        case MessageType.ScreenReq: {
          // Answer ALLOW once the event is enqueued (or refused, or after screenWaitMs while SQS is slow), so ONTAP
          // is never left waiting on this server.
          const requestId = screenRequestId(message.body);
          const sessionId = handshake?.sessionId;
          let pending: Promise<void> = Promise.resolve();
          try {
            pending = enqueue(message.body, type);
          } finally {
            let timer: NodeJS.Timeout | undefined;
            const waited = new Promise<void>((resolve) => {
              timer = setTimeout(resolve, screenWaitMs);
            });
            void Promise.race([pending, waited])
              .then(() => reply(() => buildScreenResponse(requestId, sessionId)))
              .catch((error: unknown) => logger.warn('Reply not sent', { ...connection, reason: errorMessage(error) }))
              .finally(() => clearTimeout(timer));
          }
          return;
        }
        case MessageType.AlertMsg:
          logger.warn('ONTAP alert', {
            ...connection,
            alert: message.body ? (findText(message.body, ['AlertMsg']) ?? message.body.text) : '',
          });
          return;
        default:
          logger.debug('Keep-alive or status message', { ...connection, type });
      }
    } catch (error) {
      logger.warn('Message rejected', {
        ...connection,
        type,
        reason: errorMessage(error),
        errorName: (error as Error).name,
      });
      guards.rejected();
    }
  };

  socket.setNoDelay(true);
  socket.setTimeout(options.idleTimeoutMs, () => {
    logger.warn('Connection idle; closing', { ...connection, idleTimeoutMs: options.idleTimeoutMs });
    socket.destroy();
  });
  socket.on('data', (chunk: Buffer) => {
    let frames: Buffer[];
    try {
      frames = decoder.push(chunk);
    } catch (error) {
      logger.warn('Frame rejected; closing connection', { ...connection, reason: errorMessage(error) });
      socket.destroy();
      return;
    }
    const now = decoder.pendingBytes;
    options.budget.update(socket, held, now);
    held = now;
    guards.afterRead(now);
    for (const frame of frames) {
      if (socket.destroyed) break;
      handle(frame);
    }
  });
  socket.on('error', (error) => logger.warn('Connection error', { ...connection, reason: error.message }));
  socket.on('close', () => {
    guards.stop();
    options.budget.release(socket, held);
    held = 0;
    if (decoder.pendingBytes > 0) {
      logger.warn('Connection closed inside a frame; the partial frame is dropped', {
        ...connection,
        bytes: decoder.pendingBytes,
      });
    }
    logger.info('Connection closed', connection);
  });
}
