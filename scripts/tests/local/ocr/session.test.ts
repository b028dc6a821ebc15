import { startSession } from '../../../src/local/session';
import { TokenRegistry } from '../../../src/local/token-registry';

describe('startSession', () => {
  it('runs the demo OCR service beside the emulators and stops it with the session', async () => {
    // Arrange
    const session = await startSession([], {
      tokens: new TokenRegistry(),
      putEvents: async () => [],
      invokeFunction: async () => null,
      startExecution: () => ({ executionArn: 'arn', startDate: 0 }),
    });
    const url = `${session.endpoints.ocr}/ocr`;
    try {
      // Act
      const response = await fetch(url, { method: 'POST', body: 'not an image' });
      // Assess
      expect(session.endpoints.ocr).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: 'unsupported input: expected the bytes of a PNG, JPEG, TIFF or PDF',
      });
    } finally {
      await session.stop();
    }
    await expect(fetch(url, { method: 'POST', body: 'x' })).rejects.toThrow();
  });
});
