/** A fake ONTAP REST server (plain http on 127.0.0.1) with one SVM, one engine and one policy it keeps state for. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOntap {
  baseUrl: string;
  requests: { method: string; path: string; body: unknown }[];
  patches(): [string, unknown][];
  stop(): Promise<void>;
}

export async function startFakeOntap(): Promise<FakeOntap> {
  const requests: FakeOntap['requests'] = [];
  const state = { servers: ['10.0.1.9'], enabled: true };
  const base = '/api/protocols/fpolicy/svm-uuid-1';
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const body = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
      requests.push({ method: req.method ?? '', path, body });
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (path === '/api/svm/svms') return send(200, { records: [{ uuid: 'svm-uuid-1', name: 'svm1' }] });
      if (path === `${base}/engines/fp-engine` && req.method === 'GET')
        return send(200, { primary_servers: state.servers });
      if (path === `${base}/policies/fp-policy` && req.method === 'GET') return send(200, { enabled: state.enabled });
      if (path === `${base}/engines/fp-engine` && req.method === 'PATCH') {
        if (state.enabled)
          return send(400, {
            error: { message: 'At least one FPolicy policy is using the FPolicy engine', code: '9764942' },
          });
        state.servers = (body?.primary_servers as string[]) ?? state.servers;
        return send(200, {});
      }
      if (path === `${base}/policies/fp-policy` && req.method === 'PATCH') {
        state.enabled = body?.enabled === true;
        return send(200, {});
      }
      return send(404, { error: { message: `entry doesn't exist: ${path}`, code: '4' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    patches: () =>
      requests.filter((request) => request.method === 'PATCH').map((request) => [request.path, request.body]),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
