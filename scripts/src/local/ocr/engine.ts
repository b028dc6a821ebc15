import path from 'node:path';
import type { Worker } from 'tesseract.js';

/** One recognised line: its text and tesseract's confidence, 0-100. */
export interface OcrLine {
  text: string;
  confidence: number;
}

/** What the OCR service answers for one input: all text, and line by line. */
export interface OcrResult {
  text: string;
  lines: OcrLine[];
}

/** Reads text from PNG or JPEG bytes, one image at a time. */
export interface OcrEngine {
  recognize(image: Uint8Array): Promise<OcrResult>;
  /** Milliseconds the engine took to start (undefined until the first image). */
  readonly initMs: number | undefined;
  stop(): Promise<void>;
}

/** LSTM-only (OEM 1): what the `4.0.0_best_int` trained data supports. */
const LSTM_ONLY = 1;

/** The folder holding `eng.traineddata.gz` inside the `@tesseract.js-data/eng` package: nothing is downloaded. */
export function englishLangPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * A tesseract.js engine with English trained data from node_modules. Its worker thread starts on the first image
 * (a run that never OCRs pays nothing); images are recognised one after the other on that one worker.
 */
export function tesseractEngine(): OcrEngine {
  let worker: Promise<Worker> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let initMs: number | undefined;
  const start = async (): Promise<Worker> => {
    const started = performance.now();
    const { createWorker } = await import('tesseract.js');
    const created = await createWorker('eng', LSTM_ONLY, {
      langPath: englishLangPath(),
      gzip: true,
      cacheMethod: 'none',
      // Without a handler tesseract.js rethrows a job's failure outside its promise; the promise still rejects.
      errorHandler: () => undefined,
    });
    initMs = performance.now() - started;
    return created;
  };
  const run = async (image: Uint8Array): Promise<OcrResult> => {
    // A failed start is not kept: the next image tries again.
    worker ??= start().catch((error: unknown) => {
      worker = undefined;
      throw error;
    });
    const ready = await worker;
    const { data } = await ready.recognize(Buffer.from(image), {}, { text: true, blocks: true });
    const lines = (data.blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) =>
        paragraph.lines.map((line) => ({
          text: line.text.trim(),
          confidence: Math.round(line.confidence * 100) / 100,
        })),
      ),
    );
    return { text: data.text, lines: lines.filter((line) => line.text.length > 0) };
  };
  return {
    recognize(image) {
      const job = queue.then(() => run(image));
      queue = job.catch(() => undefined);
      return job;
    },
    get initMs() {
      return initMs;
    },
    async stop() {
      const current = worker;
      worker = undefined;
      if (current) await (await current.catch(() => undefined))?.terminate();
    },
  };
}
