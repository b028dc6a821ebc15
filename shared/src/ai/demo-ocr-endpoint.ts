/**
 * The local OCR endpoint DemoMode uses for images and scanned PDFs: `POST ${endpoint}/ocr` with the raw bytes and
 * their media type as Content-Type, answered by JSON `{ text, lines: [{ text, confidence }] }`.
 */
import { OcrEndpointError } from '../errors';

/** What the endpoint read. */
export interface EndpointAnswer {
  text: string;
  lines: { text: string; confidence: number }[];
}

/** Options of {@link readWithOcrEndpoint}. */
export interface EndpointCall {
  endpoint: string;
  bytes: Uint8Array;
  contentType: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
}

/** Largest answer accepted, in characters. */
const MAX_ANSWER_CHARS = 16 * 1024 * 1024;

/** Sends the document and validates the answer; any failure (network, timeout, status, shape) is an OcrEndpointError. */
export async function readWithOcrEndpoint(call: EndpointCall): Promise<EndpointAnswer> {
  let base = call.endpoint;
  while (base.endsWith('/')) base = base.slice(0, -1);
  const url = `${base}/ocr`;
  const timeoutMs = Math.max(1, Math.floor(call.timeoutMs));
  let body: string;
  try {
    const response = await (call.fetchImpl ?? fetch)(url, {
      method: 'POST',
      headers: { 'content-type': call.contentType },
      body: call.bytes,
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await response.text();
    if (!response.ok) {
      throw new OcrEndpointError(`OCR endpoint ${url} answered HTTP ${response.status}: ${body.slice(0, 200)}`);
    }
  } catch (error) {
    if (error instanceof OcrEndpointError) throw error;
    const reason = isTimeout(error) ? `no answer within ${timeoutMs} ms` : describe(error);
    throw new OcrEndpointError(`OCR endpoint ${url} failed: ${reason}`, { cause: error });
  }
  if (body.length > MAX_ANSWER_CHARS) {
    throw new OcrEndpointError(`OCR endpoint ${url} answered ${body.length} characters; at most ${MAX_ANSWER_CHARS}`);
  }
  return parseAnswer(body, url);
}

/** The error's message and its cause's (fetch puts the socket error, such as ECONNREFUSED, in the cause). */
function describe(error: unknown): string {
  const message = (value: unknown) =>
    typeof value === 'object' && value !== null && 'message' in value ? String(value.message) : String(value);
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  return cause === undefined ? message(error) : `${message(error)} (${message(cause)})`;
}

function isTimeout(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  return name === 'TimeoutError' || name === 'AbortError';
}

function parseAnswer(body: string, url: string): EndpointAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new OcrEndpointError(`OCR endpoint ${url} answered something other than JSON`, { cause: error });
  }
  const answer = parsed as { text?: unknown; lines?: unknown };
  if (typeof answer?.text !== 'string' || !Array.isArray(answer.lines)) {
    throw new OcrEndpointError(`OCR endpoint ${url} answered JSON without "text" (string) and "lines" (array)`);
  }
  const lines = answer.lines.map((line: unknown, index) => {
    const item = line as { text?: unknown; confidence?: unknown };
    if (typeof item?.text !== 'string' || typeof item.confidence !== 'number' || !Number.isFinite(item.confidence)) {
      throw new OcrEndpointError(
        `OCR endpoint ${url}: lines[${index}] needs "text" (string) and "confidence" (number)`,
      );
    }
    return { text: item.text, confidence: Math.min(100, Math.max(0, item.confidence)) };
  });
  return { text: answer.text, lines };
}
