import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DemoDocumentOcr, OcrEndpointError } from '../../../src/ai';
import { PdfFormatError } from '../../../src/formats/pdf';
import { pdfLibDocument } from '../formats/pdf/pdf-builders';
import { pngBytes } from './image-bytes';

type Handler = (request: IncomingMessage, body: Buffer, response: ServerResponse) => void;

/** A loopback OCR service on port 0 that records what it was sent. */
async function ocrServer(
  handler: Handler,
): Promise<{ url: string; server: Server; received: { type?: string; length: number; path?: string }[] }> {
  const received: { type?: string; length: number; path?: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ type: request.headers['content-type'], length: body.length, path: request.url });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server, received };
}

const answer =
  (status: number, body: unknown): Handler =>
  (_request, _body, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

describe('DemoDocumentOcr on PDFs and images', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('reads the text layer of a PDF with confidence 99, its form fields and its tables', async () => {
    // Prepare
    const bytes = await pdfLibDocument([
      ['Invoice No: INV-7', 'Total: 1,200'],
      ['Item | Qty | Price', 'Pen | 2 | 300', 'Ink | 1 | 600'],
    ]);

    // Act
    const result = await new DemoDocumentOcr().analyze({ bytes });

    // Assess
    expect(result).toMatchObject({ source: 'text-layer', pages: 2, confidence: 99 });
    expect(result.lines[0]).toEqual({ text: 'Invoice No: INV-7', confidence: 99, page: 1 });
    expect(result.keyValues).toEqual([
      { key: 'Invoice No', value: 'INV-7', confidence: 99 },
      { key: 'Total', value: '1,200', confidence: 99 },
    ]);
    expect(result.tables).toEqual([
      {
        rows: [
          ['Item', 'Qty', 'Price'],
          ['Pen', '2', '300'],
          ['Ink', '1', '600'],
        ],
        confidence: 99,
        page: 2,
      },
    ]);
  });

  it('reads a PDF without a text layer as nothing when there is no endpoint', async () => {
    // Prepare
    const bytes = await pdfLibDocument([[], []]);

    // Act
    const result = await new DemoDocumentOcr().analyze({ bytes });

    // Assess
    expect(result).toMatchObject({ source: 'none', pages: 2, confidence: 0, lines: [] });
  });

  it('throws PdfFormatError for a truncated PDF', async () => {
    // Prepare
    const bytes = (await pdfLibDocument([['x']])).subarray(0, 200);

    // Act, Assess
    await expect(new DemoDocumentOcr().analyze({ bytes })).rejects.toThrow(PdfFormatError);
  });

  it.each([
    ['a PNG image', () => Promise.resolve(pngBytes(4, 4)), 'image/png', 1],
    ['a scanned PDF', () => pdfLibDocument([[], []]), 'application/pdf', 2],
  ])('posts %s to the OCR endpoint and reads its lines', async (_name, make, type, pages) => {
    // Prepare
    const bytes = await make();
    const lines = [
      { text: 'Claim: C-17', confidence: 91.26 },
      { text: '   ', confidence: 10 },
      { text: 'Part  Cost', confidence: 88 },
      { text: 'Bumper  400', confidence: 120 },
    ];
    const { url, server, received } = await ocrServer(answer(200, { text: 'ignored', lines }));
    servers.push(server);

    // Act
    const result = await new DemoDocumentOcr({ endpoint: url }).analyze({ bytes });

    // Assess
    expect(received).toEqual([{ type, length: bytes.length, path: '/ocr' }]);
    expect(result).toMatchObject({ source: 'ocr', pages, text: 'Claim: C-17\nPart  Cost\nBumper  400' });
    expect(result.keyValues).toEqual([{ key: 'Claim', value: 'C-17', confidence: 91.3 }]);
    expect(result.tables).toEqual([
      {
        rows: [
          ['Part', 'Cost'],
          ['Bumper', '400'],
        ],
        confidence: 88,
      },
    ]);
    expect(result.confidence).toBe(93.1);
  });

  it.each([
    ['an HTTP error', answer(500, 'tesseract crashed'), /HTTP 500: tesseract crashed/],
    ['a body that is not JSON', answer(200, '<html>'), /other than JSON/],
    ['JSON without lines', answer(200, { text: 'x' }), /without "text" \(string\) and "lines" \(array\)/],
    ['a line without a confidence', answer(200, { text: 'x', lines: [{ text: 'x' }] }), /lines\[0\] needs/],
  ])('throws OcrEndpointError for %s', async (_name, handler, reason) => {
    // Prepare
    const { url, server } = await ocrServer(handler);
    servers.push(server);

    // Act
    const outcome = new DemoDocumentOcr({ endpoint: url }).analyze({ bytes: pngBytes(2, 2) });

    // Assess
    await expect(outcome).rejects.toThrow(OcrEndpointError);
    await expect(outcome).rejects.toThrow(reason);
  });

  it('throws OcrEndpointError when the endpoint does not answer in time', async () => {
    // Prepare
    const { url, server } = await ocrServer(() => undefined);
    servers.push(server);

    // Act
    const outcome = new DemoDocumentOcr({ endpoint: url, timeoutMs: 50 }).analyze({ bytes: pngBytes(2, 2) });

    // Assess
    await expect(outcome).rejects.toThrow(OcrEndpointError);
    await expect(outcome).rejects.toThrow(/no answer within 50 ms/);
    server.closeAllConnections();
  });

  it('throws OcrEndpointError naming the socket error when the endpoint cannot be reached', async () => {
    // Prepare
    const { url, server } = await ocrServer(answer(200, {}));
    await new Promise((resolve) => server.close(resolve));

    // Act
    const outcome = new DemoDocumentOcr({ endpoint: url }).analyze({ bytes: pngBytes(2, 2) });

    // Assess
    await expect(outcome).rejects.toThrow(OcrEndpointError);
    await expect(outcome).rejects.toThrow(/ECONNREFUSED/);
  });

  it('never waits past the request deadline', async () => {
    // Prepare
    const { url, server } = await ocrServer(() => undefined);
    servers.push(server);
    const deadline = new Date(Date.now() - 1000);

    // Act
    const outcome = new DemoDocumentOcr({ endpoint: url }).analyze({ bytes: pngBytes(2, 2), deadline });

    // Assess
    await expect(outcome).rejects.toThrow(/no answer within 1 ms/);
    server.closeAllConnections();
  });
});
