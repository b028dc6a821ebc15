import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../loopback-server';
import { type OcrEngine, type OcrResult, tesseractEngine } from './engine';
import { OcrInputError } from './errors';

/** Largest request body the service reads, in bytes, unless told otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
/** Requests waiting for the engine beyond which the service answers 503. */
export const DEFAULT_MAX_QUEUE = 32;

/** Options of {@link startOcrService}; the defaults suit a local run. */
export interface OcrServiceOptions {
  maxBodyBytes?: number;
  maxQueue?: number;
  /** The recognizer (default: tesseract.js with English data from node_modules). */
  engine?: OcrEngine;
}

/** A running demo OCR service: `POST <url>/ocr` with the raw bytes of an image or a scanned PDF. */
export interface OcrService {
  /** `http://127.0.0.1:<port>`, what DEMO_OCR_ENDPOINT is set to. */
  readonly url: string;
  readonly engine: OcrEngine;
  /** Closes the server and its connections, then the engine's worker if it started. */
  stop(): Promise<void>;
}

class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new BodyTooLargeError(`the body is ${declared} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLargeError(`the body is over ${limit} bytes`));
      } else chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** Recognises every page image and joins the results in page order. */
async function recognizeAll(engine: OcrEngine, bytes: Uint8Array): Promise<OcrResult> {
  // The decoders (pdf-lib, pngjs, jpeg-js, utif2) load with the first request, as the engine does.
  const { pageImages } = await import('./input');
  const pages = await pageImages(bytes);
  const results: OcrResult[] = [];
  for (const page of pages) results.push(await engine.recognize(page));
  return { text: results.map((result) => result.text).join('\n'), lines: results.flatMap((result) => result.lines) };
}

/**
 * Starts the demo OCR service on 127.0.0.1 (a free port). `POST /ocr` with PNG, JPEG, TIFF or scanned-PDF bytes
 * answers 200 `{ text, lines: [{ text, confidence }] }`; unreadable input 400 `{ error }`; a body over
 * `maxBodyBytes` 413; more than `maxQueue` waiting requests 503. The engine's worker starts on the first request.
 */
export async function startOcrService(options: OcrServiceOptions = {}): Promise<OcrService> {
  const engine = options.engine ?? tesseractEngine();
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxQueue = options.maxQueue ?? DEFAULT_MAX_QUEUE;
  let waiting = 0;
  const server = createServer((req, res) => {
    if (req.url !== '/ocr') return send(res, 404, { error: 'not found: POST /ocr' });
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return send(res, 405, { error: 'method not allowed: POST /ocr' });
    }
    if (waiting >= maxQueue) return send(res, 503, { error: `the OCR queue is full (${maxQueue} requests)` });
    waiting += 1;
    readBody(req, limit)
      .then((bytes) => recognizeAll(engine, bytes))
      .then((result) => send(res, 200, result))
      .catch((error: Error) => {
        if (error instanceof BodyTooLargeError) {
          res.setHeader('connection', 'close');
          send(res, 413, { error: `${error.message}; the demo OCR service reads at most ${limit}` });
        } else if (error instanceof OcrInputError) send(res, 400, { error: error.message });
        else send(res, 500, { error: `OCR failed: ${error.message ?? String(error)}` });
      })
      .finally(() => {
        waiting -= 1;
      });
  });
  const listening = await listenOnLoopback(server);
  let stopping: Promise<void> | undefined;
  return {
    url: listening.url,
    engine,
    stop() {
      stopping ??= listening.close().then(() => engine.stop());
      return stopping;
    },
  };
}
