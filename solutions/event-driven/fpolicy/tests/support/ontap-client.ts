/** A simulated ONTAP node: opens a connection, negotiates, sends notifications, reads replies. */
import net from 'node:net';
import { encodeFrame, FrameDecoder } from '../../src/server/framing';

export const header = (type: string, body: string) =>
  `<?xml version="1.0"?><Header><NotfType>${type}</NotfType><ContentLen>${Buffer.byteLength(body)}</ContentLen><DataFormat>XML</DataFormat></Header>`;

/** A whole payload: header, blank line, body (with its XML declaration). */
export function payload(type: string, bodyXml = ''): Buffer {
  const body = bodyXml === '' ? '' : `<?xml version="1.0"?>${bodyXml}`;
  return Buffer.from(body === '' ? header(type, '') : `${header(type, body)}\n\n${body}`, 'utf8');
}

export const negoRequest = (versions: string[] = ['1.0', '1.2'], sessionId = 'session-1') =>
  payload(
    'NEGO_REQ',
    `<Handshake><VsUUID>vs-uuid-1</VsUUID><PolicyName>fp-policy</PolicyName><SessionId>${sessionId}</SessionId>` +
      `<ProtVersions>${versions.map((version) => `<Vers>${version}</Vers>`).join('')}</ProtVersions><VsName>svm1</VsName></Handshake>`,
  );

export function notification(path: string, operation = 'create', extra = ''): Buffer {
  return payload(
    'NOTI_REQ',
    `<FsNotification><FileOp>${operation}</FileOp><PathName>${path}</PathName><VolName>vol1</VolName>` +
      `<ClientIp>10.0.9.9</ClientIp><FileSize>42</FileSize>${extra}</FsNotification>`,
  );
}

export interface OntapConnection {
  socket: net.Socket;
  /** Payloads the server sent, decoded. */
  replies: Buffer[];
  send(data: Buffer): void;
  sendFrame(payload: Buffer): void;
  waitForReplies(count: number): Promise<Buffer[]>;
  closed: Promise<void>;
  end(): Promise<void>;
}

export async function connectOntap(port: number): Promise<OntapConnection> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.on('error', () => undefined);
  const decoder = new FrameDecoder();
  const replies: Buffer[] = [];
  let waiters: (() => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    replies.push(...decoder.push(chunk));
    for (const wake of waiters) wake();
    waiters = [];
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    socket,
    replies,
    closed,
    send: (data) => socket.write(data),
    sendFrame: (body) => socket.write(encodeFrame(body)),
    async waitForReplies(count) {
      while (replies.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return replies;
    },
    end: async () => {
      socket.end();
      await closed;
    },
  };
}
