/**
 * One ONTAP connection: frames in, replies out. A framing error closes only this connection (the stream cannot be
 * resynchronised); a bad message is logged and skipped. Events go to the process-wide sink, so a dropped
 * connection never takes events it already delivered with it.
 */
import type { Socket } from 'node:net';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { FPolicyMessageError } from '../errors';
import { encodeFrame, FrameDecoder } from './framing';
import type { ServerLogger } from './logger';
import { MessageType, parseMessage } from './message';
import { buildNegotiationResponse, type Handshake, negotiate } from './negotiation';
import { notificationToEvent } from './notification';
import { buildScreenResponse, screenRequestId } from './screen';
import type { EventSink } from './sqs-batcher';
import { findText, type XmlElement } from './xml';

export interface SessionOptions {
  socket: Socket;
  connectionId: string;
  sink: EventSink;
  logger: ServerLogger;
  /** Idle time before the connection is dropped; ONTAP keep-alives come every 2 minutes by default. */
  idleTimeoutMs: number;
  now?: () => Date;
  newId?: () => string;
}

/** Serves `socket` until it closes. */
export function startSession(options: SessionOptions): void {
  const { socket, sink, logger } = options;
  const connection = { connectionId: options.connectionId, remote: socket.remoteAddress };
  const decoder = new FrameDecoder();
  let handshake: Handshake | undefined;

  const reply = (payload: Buffer) => {
    if (socket.writable) socket.write(encodeFrame(payload));
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
          reply(buildNegotiationResponse(handshake));
          logger.info('Handshake done', { ...connection, policy: handshake.policyName, version: handshake.version });
          return;
        case MessageType.NotiReq:
          void enqueue(message.body, type);
          return;
        case MessageType.ScreenReq: {
          // Answer ALLOW once the event is enqueued (or refused), so ONTAP is never left waiting on this server.
          const requestId = screenRequestId(message.body);
          const sessionId = handshake?.sessionId;
          let pending: Promise<void> = Promise.resolve();
          try {
            pending = enqueue(message.body, type);
          } finally {
            void pending.then(() => reply(buildScreenResponse(requestId, sessionId)));
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
    for (const frame of frames) handle(frame);
  });
  socket.on('error', (error) => logger.warn('Connection error', { ...connection, reason: error.message }));
  socket.on('close', () => {
    if (decoder.pendingBytes > 0) {
      logger.warn('Connection closed inside a frame; the partial frame is dropped', {
        ...connection,
        bytes: decoder.pendingBytes,
      });
    }
    logger.info('Connection closed', connection);
  });
}
