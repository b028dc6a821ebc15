import { existsSync } from 'node:fs';
import path from 'node:path';
import { textImage } from '../../../src/demo-files';
import { englishLangPath, tesseractEngine } from '../../../src/local/ocr/engine';

// tesseract.js starts a WebAssembly worker and reads each image in about a second on a busy machine.
jest.setTimeout(60_000);

describe('tesseractEngine', () => {
  it('reads its trained data from the installed package, not from the network', () => {
    // Act
    const dir = englishLangPath();
    // Assess
    expect(dir).toContain(`${path.sep}node_modules${path.sep}`);
    expect(existsSync(path.join(dir, 'eng.traineddata.gz'))).toBe(true);
  });

  it('recognises images one after the other and keeps working after an unreadable one', async () => {
    // Arrange
    const engine = tesseractEngine();
    try {
      // Act
      const results = await Promise.allSettled([
        engine.recognize(textImage({ lines: ['Alpha'] })),
        engine.recognize(new Uint8Array([1, 2, 3])),
        engine.recognize(textImage({ lines: ['Bravo'] })),
      ]);
      // Assess
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const texts = results.map((result) => (result.status === 'fulfilled' ? result.value.lines[0]?.text : undefined));
      expect(texts).toEqual(['Alpha', undefined, 'Bravo']);
    } finally {
      await engine.stop();
    }
  });

  it('stops harmlessly when it never started', async () => {
    // Arrange
    const engine = tesseractEngine();
    // Act / Assess
    await expect(engine.stop()).resolves.toBeUndefined();
    expect(engine.initMs).toBeUndefined();
  });
});
