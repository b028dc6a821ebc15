import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDocumentOcr } from '../../../src/ai';
import { ConfigError } from '../../../src/errors';
import { pngBytes } from './image-bytes';

describe('createDocumentOcr in DemoMode', () => {
  it('sends images to DEMO_OCR_ENDPOINT when it is set', async () => {
    // Prepare
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () =>
        response.end(JSON.stringify({ text: 'Ref: 9', lines: [{ text: 'Ref: 9', confidence: 80 }] })),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const env = { DEMO_MODE: 'true', DEMO_OCR_ENDPOINT: `http://127.0.0.1:${port}`, DEMO_OCR_TIMEOUT_MS: '5000' };

    // Act
    const result = await createDocumentOcr({ env })
      .analyze({ bytes: pngBytes(3, 3) })
      .finally(() => server.close());

    // Assess
    expect(result).toMatchObject({
      source: 'ocr',
      text: 'Ref: 9',
      keyValues: [{ key: 'Ref', value: '9', confidence: 80 }],
    });
  });

  it('reads images as nothing without DEMO_OCR_ENDPOINT', async () => {
    // Prepare, Act
    const result = await createDocumentOcr({ env: { DEMO_MODE: 'true' } }).analyze({ bytes: pngBytes(3, 3) });

    // Assess
    expect(result).toMatchObject({ source: 'none', confidence: 0 });
  });

  it('rejects a DEMO_OCR_TIMEOUT_MS that is not a positive integer', () => {
    // Prepare, Act, Assess
    expect(() => createDocumentOcr({ env: { DEMO_MODE: 'true', DEMO_OCR_TIMEOUT_MS: '0' } })).toThrow(ConfigError);
  });
});
