/**
 * The local ONTAP REST simulator: HTTPS on 127.0.0.1 with a certificate from a CA generated at start, basic auth
 * checked on every request, the resources of {@link OntapResources}, and a minimal Secrets Manager
 * (`GetSecretValue` of the credentials secret) on plain HTTP, so functions read credentials as they do in AWS.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { OntapResources, ontapErrorAnswer, type SimAnswer } from './routes';
import type { OntapSeed } from './seed';
import { generateLocalTls } from './tls';

/** Answers to serve before the real ones: `times` answers of `status` to requests whose path starts with `path`. */
export interface OntapFault {
  path: string;
  status: number;
  times: number;
}

/** Options of {@link startOntapSimulator}. */
export interface OntapSimulatorOptions {
  seed: OntapSeed;
  /** Name of the credentials secret served by the Secrets Manager endpoint. */
  secretName?: string;
  username?: string;
  faults?: OntapFault[];
}

/** A running simulator. */
export interface OntapSimulator {
  /** `https://127.0.0.1:<port>` */
  url: string;
  /** `127.0.0.1:<port>`: what a template's OntapManagementIp becomes locally. */
  host: string;
  caPem: string;
  username: string;
  password: string;
  secretName: string;
  /** `http://127.0.0.1:<port>` of the Secrets Manager endpoint. */
  secretsUrl: string;
  resources: OntapResources;
  stop(): Promise<void>;
}

/** Request bodies larger than this are refused (ONTAP's own limit is far larger; nothing here sends more). */
const MAX_BODY_BYTES = 1_000_000;

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, answer: SimAnswer, contentType = 'application/hal+json'): void {
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Starts the simulator and its Secrets Manager endpoint on 127.0.0.1 (ports chosen by the system). */
export async function startOntapSimulator(options: OntapSimulatorOptions): Promise<OntapSimulator> {
  const tls = generateLocalTls();
  const username = options.username ?? 'fsxadmin';
  const password = randomBytes(18).toString('base64url');
  const secretName = options.secretName ?? 'local/ontap-credentials';
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const resources = new OntapResources(structuredClone(options.seed));
  const faults = (options.faults ?? []).map((fault) => ({ ...fault }));

  const ontap = https.createServer({ cert: tls.certPem, key: tls.keyPem }, async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const text = await readBody(req);
    if (req.headers.authorization !== expected) {
      send(res, ontapErrorAnswer(401, 'not authorized for that command', '6'));
      return;
    }
    if (text === undefined) return send(res, ontapErrorAnswer(413, 'request body too large', '262179'));
    const fault = faults.find((candidate) => candidate.times > 0 && url.pathname.startsWith(candidate.path));
    if (fault) {
      fault.times -= 1;
      return send(res, ontapErrorAnswer(fault.status, `simulated HTTP ${fault.status}`, '8'));
    }
    const body = parseJson(text);
    if (!body.ok) return send(res, ontapErrorAnswer(400, 'request body is not valid JSON', '262179'));
    send(res, resources.answer(req.method ?? 'GET', url.pathname, url.searchParams, body.value));
  });

  const secretString = JSON.stringify({ username, password });
  const secrets = http.createServer(async (req, res) => {
    const target = req.headers['x-amz-target'];
    const parsed = parseJson((await readBody(req)) ?? '');
    const secretId = parsed.ok ? (parsed.value as { SecretId?: unknown } | undefined)?.SecretId : undefined;
    const type = 'application/x-amz-json-1.1';
    if (target !== 'secretsmanager.GetSecretValue') {
      return send(res, { status: 400, body: { __type: 'UnknownOperationException', message: String(target) } }, type);
    }
    if (secretId !== secretName) {
      const message = "Secrets Manager can't find the specified secret.";
      return send(res, { status: 400, body: { __type: 'ResourceNotFoundException', message } }, type);
    }
    const arn = `arn:aws:secretsmanager:us-east-1:000000000000:secret:${secretName}`;
    send(res, { status: 200, body: { ARN: arn, Name: secretName, SecretString: secretString, VersionId: 'v1' } }, type);
  });

  const ontapPort = await listen(ontap);
  const secretsPort = await listen(secrets).catch(async (error: unknown) => {
    await close(ontap);
    throw error;
  });
  return {
    url: `https://127.0.0.1:${ontapPort}`,
    host: `127.0.0.1:${ontapPort}`,
    caPem: tls.caPem,
    username,
    password,
    secretName,
    secretsUrl: `http://127.0.0.1:${secretsPort}`,
    resources,
    stop: async () => {
      await Promise.all([close(ontap), close(secrets)]);
    },
  };
}
