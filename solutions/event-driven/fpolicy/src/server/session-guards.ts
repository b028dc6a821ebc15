/**
 * The limits one connection lives under: a handshake deadline, a per-frame deadline (a sender trickling bytes is
 * reaped however slowly it sends), a cap on rejected messages, and a cap on unread replies.
 */
import type { Socket } from 'node:net';
import type { ServerLogger } from './logger';

export interface GuardLimits {
  /** Time from connect to a completed handshake; 30 s by default. */
  handshakeTimeoutMs: number;
  /** Time from a frame's first byte to its last; 30 s by default. */
  frameTimeoutMs: number;
  /** Rejected messages after which the connection is closed; 100 by default. */
  maxRejectedMessages: number;
  /** Reply bytes waiting for a client that does not read; 1 MiB by default. */
  maxUnreadReplyBytes: number;
}

export const DEFAULT_GUARD_LIMITS: GuardLimits = {
  handshakeTimeoutMs: 30_000,
  frameTimeoutMs: 30_000,
  maxRejectedMessages: 100,
  maxUnreadReplyBytes: 1024 * 1024,
};

export interface SessionGuards {
  /** After every read: starts the frame deadline when a frame is partly received, clears it when none is. */
  afterRead(pendingBytes: number): void;
  handshakeDone(): void;
  /** Counts a rejected message; true when the connection was closed for too many. */
  rejected(): boolean;
  /** True when the reply may be written (false: the connection was closed for unread replies). */
  canWrite(): boolean;
  stop(): void;
}

export function guardSession(
  socket: Socket,
  limits: GuardLimits,
  logger: ServerLogger,
  connection: Record<string, unknown>,
): SessionGuards {
  const close = (message: string, attributes: Record<string, unknown>) => {
    logger.warn(message, { ...connection, ...attributes });
    socket.destroy();
  };
  let frameTimer: NodeJS.Timeout | undefined;
  let handshakeTimer: NodeJS.Timeout | undefined = setTimeout(
    () => close('No handshake in time; closing', { handshakeTimeoutMs: limits.handshakeTimeoutMs }),
    limits.handshakeTimeoutMs,
  );
  let rejectedCount = 0;
  return {
    afterRead(pendingBytes) {
      if (pendingBytes === 0) {
        clearTimeout(frameTimer);
        frameTimer = undefined;
      } else {
        frameTimer ??= setTimeout(
          () => close('Frame not completed in time; closing', { frameTimeoutMs: limits.frameTimeoutMs, pendingBytes }),
          limits.frameTimeoutMs,
        );
      }
    },
    handshakeDone() {
      clearTimeout(handshakeTimer);
      handshakeTimer = undefined;
    },
    rejected() {
      rejectedCount += 1;
      if (rejectedCount < limits.maxRejectedMessages) return false;
      close('Too many rejected messages; closing', { rejected: rejectedCount });
      return true;
    },
    canWrite() {
      if (!socket.writable) return false;
      if (socket.writableLength <= limits.maxUnreadReplyBytes) return true;
      close('Client does not read its replies; closing', { unreadBytes: socket.writableLength });
      return false;
    },
    stop() {
      clearTimeout(frameTimer);
      clearTimeout(handshakeTimer);
    },
  };
}
