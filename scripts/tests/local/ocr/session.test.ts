import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LambdaHost, type LocalFunction } from '../../../src/local/lambda/lambda-host';
import { startSession } from '../../../src/local/session';
import { TokenRegistry } from '../../../src/local/token-registry';

/** A function that posts bytes to the OCR endpoint it finds in its environment and returns the answer. */
function ocrCaller(dir: string, endpoint: string): LocalFunction {
  const bundleFile = path.join(dir, 'index.js');
  writeFileSync(
    bundleFile,
    `exports.handler = async (event) => {
       const response = await fetch(process.env.DEMO_OCR_ENDPOINT + '/ocr', { method: 'POST', body: event.body });
       return { status: response.status, body: await response.json() };
     };`,
  );
  return {
    logicalId: 'OcrCaller',
    name: 'OcrCaller',
    arn: 'arn:aws:lambda:us-east-1:0:function:OcrCaller',
    bundleFile,
    handlerExport: 'handler',
    environment: { DEMO_OCR_ENDPOINT: endpoint },
    timeoutSeconds: 10,
    memoryMb: 128,
  };
}

describe('startSession', () => {
  it('runs the demo OCR service beside the emulators, reachable from functions, and stops it with the session', async () => {
    // Arrange
    const session = await startSession([], {
      tokens: new TokenRegistry(),
      putEvents: async () => [],
      invokeFunction: async () => null,
      startExecution: () => ({ executionArn: 'arn', startDate: 0 }),
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ocr-session-'));
    const fn = ocrCaller(dir, session.endpoints.ocr ?? '');
    const host = new LambdaHost(new Map([[fn.name, fn]]));
    const url = `${session.endpoints.ocr}/ocr`;
    try {
      // Act
      const answer = await host.invoke(fn, { body: 'not an image' });
      // Assess
      expect(session.endpoints.ocr).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(answer).toEqual({
        status: 400,
        body: { error: 'unsupported input: expected the bytes of a PNG, JPEG, TIFF or PDF' },
      });
    } finally {
      await host.stop();
      await session.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(fetch(url, { method: 'POST', body: 'x' })).rejects.toThrow();
  });
});
