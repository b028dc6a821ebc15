import type { DocumentOcr, OcrRequest, OcrResult } from '@fsxn-s3ap/shared/ai';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import { boundedDeadline, startInvocation, WRITE_RESERVE_MS } from '../../../src/domain/invocation';
import { OCR_RESERVE_MS, readDocument } from '../../../src/domain/read-document';

const empty: OcrResult = { text: '', lines: [], keyValues: [], tables: [], pages: 1, source: 'none', confidence: 0 };

describe('readDocument', () => {
  it('gives the OCR a deadline of the wait plus the adapter reserve, bounded by the invocation', async () => {
    const requests: OcrRequest[] = [];
    const ocr: DocumentOcr = {
      analyze: async (request) => {
        requests.push(request);
        return empty;
      },
    };
    const object = { key: 'a.png', size: 3 };
    const options = {
      executionId: 'e',
      pageThreshold: 1,
      maxWaitSeconds: 540,
      staging: createMemoryOutputWriter(),
      now: 0,
    };

    await readDocument(ocr, object, new Uint8Array(3), options);
    startInvocation(100_000);
    await readDocument(ocr, object, new Uint8Array(3), options);

    expect(requests[0]?.deadline?.getTime()).toBe(540_000 + OCR_RESERVE_MS);
    expect(requests[1]?.deadline?.getTime()).toBe(100_000 - WRITE_RESERVE_MS);
    expect(requests[0]?.s3Object).toBeUndefined();
    expect(boundedDeadline(1)).toBe(1);
  });
});
