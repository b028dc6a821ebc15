/** A fake ONTAP REST server on 127.0.0.1 (plain http) that records requests and answers from a script. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** Never answer (the client must time out). */
  hang?: boolean;
}

export type FakeRoute = (request: RecordedRequest) => FakeAnswer | undefined;

export interface FakeOntap {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Answers queued for `METHOD /path` (without query), used first-in first-out before `route`. */
  queue(key: string, ...answers: FakeAnswer[]): void;
  stop(): Promise<void>;
}

export async function startFakeOntap(route: FakeRoute = () => undefined): Promise<FakeOntap> {
  const requests: RecordedRequest[] = [];
  const queued = new Map<string, FakeAnswer[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: text === '' ? undefined : JSON.parse(text),
      };
      requests.push(recorded);
      const key = `${recorded.method} ${recorded.path.split('?')[0]}`;
      const answer = queued.get(key)?.shift() ??
        route(recorded) ?? { status: 404, body: { error: { message: `no route ${key}`, code: '4' } } };
      if (answer.hang) return;
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(
        answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    queue(key, ...answers) {
      queued.set(key, [...(queued.get(key) ?? []), ...answers]);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
