/**
 * Sends X-Ray segment documents to the daemon over UDP, as the X-Ray SDKs do: one datagram per document, prefixed
 * by the `{"format":"json","version":1}` line. Lambda runs the daemon and sets `AWS_XRAY_DAEMON_ADDRESS`. Sending
 * never throws and never holds the process open: a trace is lost rather than an invocation slowed.
 */
import { createSocket, type Socket } from 'node:dgram';

const HEADER = '{"format":"json","version":1}\n';
const DEFAULT_ADDRESS = '127.0.0.1:2000';

/** Where documents go. */
export interface SegmentSink {
  send(document: object): void;
}

/** The UDP host and port of `AWS_XRAY_DAEMON_ADDRESS` (`host:port`, or `tcp:h:p udp:h:p`). */
export function daemonAddress(value: string | undefined): { host: string; port: number } {
  const entries = (value ?? DEFAULT_ADDRESS).split(' ');
  const udp = entries.find((entry) => entry.startsWith('udp:')) ?? entries.find((entry) => !entry.startsWith('tcp:'));
  const address = (udp ?? DEFAULT_ADDRESS).replace(/^udp:/, '');
  const colon = address.lastIndexOf(':');
  const port = Number(address.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port <= 0 || port > 65_535) return { host: '127.0.0.1', port: 2000 };
  return { host: address.slice(0, colon), port };
}

/** A sink sending to the daemon at `address` (default: `AWS_XRAY_DAEMON_ADDRESS`). */
export function createDaemonSink(address = daemonAddress(process.env.AWS_XRAY_DAEMON_ADDRESS)): SegmentSink {
  let socket: Socket | undefined;
  return {
    send(document) {
      try {
        if (socket === undefined) {
          socket = createSocket('udp4');
          socket.unref();
          socket.on('error', () => undefined);
        }
        socket.send(`${HEADER}${JSON.stringify(document)}`, address.port, address.host, () => undefined);
      } catch {
        // A lost trace document must never fail the invocation.
      }
    },
  };
}
