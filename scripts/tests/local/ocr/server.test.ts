import { request } from 'node:http';
import { scannedPdf, textImage } from '../../../src/demo-files';
import { type OcrEngine, type OcrService, startOcrService } from '../../../src/local/ocr';

// tesseract.js starts a WebAssembly worker and reads each image in about a second on a busy machine.
jest.setTimeout(60_000);

const LINES = ['INVOICE 2024-0042', 'Total due 1,250.00 EUR', 'Acme Corporation'];
const WORDS = ['INVOICE', '2024-0042', 'Total', '1,250.00', 'EUR', 'Acme', 'Corporation'];

async function post(service: OcrService, body: Uint8Array | string, path = '/ocr', method = 'POST') {
  const response = await fetch(`${service.url}${path}`, { method, body: method === 'GET' ? undefined : body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the demo OCR service on tesseract.js', () => {
  let service: OcrService;
  beforeAll(async () => {
    service = await startOcrService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('starts its worker on the first request only, then reads the words of a text image', async () => {
    // Arrange
    expect(service.engine.initMs).toBeUndefined();
    // Act
    const { status, body } = await post(service, textImage({ lines: LINES }));
    // Assess
    expect(status).toBe(200);
    expect(service.engine.initMs).toBeDefined();
    for (const word of WORDS) expect(body.text).toContain(word);
    const lines = body.lines as { text: string; confidence: number }[];
    expect(lines.map((line) => line.text)).toEqual(LINES);
    for (const line of lines) expect(line.confidence).toBeGreaterThan(50);
    for (const line of lines) expect(line.confidence).toBeLessThanOrEqual(100);
  });

  it.each([
    ['a JPEG', async () => textImage({ lines: LINES, format: 'jpeg' })],
    ['a TIFF', async () => textImage({ lines: LINES, format: 'tiff' })],
    ['a scanned PDF (Flate image)', async () => scannedPdf({ title: 'scan', pages: [{ lines: LINES }] })],
    [
      'a scanned PDF (JPEG image)',
      async () => scannedPdf({ title: 'scan', imageFormat: 'jpeg', pages: [{ lines: LINES }] }),
    ],
  ])('reads %s', async (_, make) => {
    // Act
    const { status, body } = await post(service, await make());
    // Assess
    expect(status).toBe(200);
    for (const word of WORDS) expect(body.text).toContain(word);
  });

  it('reads every page of a scanned PDF in order', async () => {
    // Act
    const pdf = await scannedPdf({ title: 'two', pages: [{ lines: ['First page'] }, { lines: ['Second page'] }] });
    const { body } = await post(service, pdf);
    // Assess
    expect((body.lines as { text: string }[]).map((line) => line.text)).toEqual(['First page', 'Second page']);
  });

  it('answers the same for the same image', async () => {
    // Act
    const image = textImage({ lines: ['Deterministic 123'] });
    const [first, second] = [await post(service, image), await post(service, image)];
    // Assess
    expect(second.body).toEqual(first.body);
  });

  it.each([
    ['bytes of no known format', Buffer.from('not an image at all')],
    ['an empty body', Buffer.alloc(0)],
    ['a truncated PNG', textImage({ lines: LINES }).subarray(0, 100)],
  ])('answers 400 with the reason for %s', async (_, bytes) => {
    // Act
    const { status, body } = await post(service, bytes);
    // Assess
    expect(status).toBe(400);
    expect(typeof body.error).toBe('string');
  });

  it('answers 404 off /ocr and 405 for another method', async () => {
    // Act / Assess
    expect((await post(service, 'x', '/other')).status).toBe(404);
    expect((await post(service, '', '/ocr', 'GET')).status).toBe(405);
  });
});

function stubEngine(recognize: OcrEngine['recognize']): OcrEngine {
  return { recognize, initMs: undefined, stop: async () => undefined };
}

/** Posts with a declared or chunked body through node:http, so the early 413 is seen whatever the socket does. */
function rawPost(url: string, body: Buffer, chunked: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) };
    const req = request(`${url}/ocr`, { method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the demo OCR service limits', () => {
  it.each([
    ['declared', false],
    ['chunked', true],
  ])('answers 413 for a %s body over the cap', async (_, chunked) => {
    // Arrange
    const service = await startOcrService({
      maxBodyBytes: 1000,
      engine: stubEngine(async () => ({ text: '', lines: [] })),
    });
    try {
      // Act
      const status = await rawPost(service.url, Buffer.alloc(5000, 1), chunked);
      // Assess
      expect(status).toBe(413);
    } finally {
      await service.stop();
    }
  });

  it('answers 503 beyond the queue and 500 when the engine fails', async () => {
    // Arrange
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = 0;
    const engine = stubEngine(async () => {
      started += 1;
      await gate;
      throw new Error('engine broke');
    });
    const service = await startOcrService({ maxQueue: 2, engine });
    try {
      const png = textImage({ lines: ['q'] });
      // Act
      const queued = [post(service, png), post(service, png)];
      while (started < 2) await new Promise((resolve) => setTimeout(resolve, 5));
      const refused = await post(service, png);
      release();
      const answered = await Promise.all(queued);
      // Assess
      expect(refused.status).toBe(503);
      expect(answered.map((answer) => answer.status)).toEqual([500, 500]);
      expect(answered[0]?.body.error).toBe('OCR failed: engine broke');
    } finally {
      await service.stop();
    }
  });
});
