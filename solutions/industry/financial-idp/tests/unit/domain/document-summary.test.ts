import { DemoTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { ThrottlingError } from '@fsxn-s3ap/shared/errors';
import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import { analyseDocument } from '../../../src/domain/analyse';
import { fallbackSummary, summarise, summaryPrompt } from '../../../src/domain/document-summary';
import { INVOICE_LINES, ocrOf } from '../ocr-text';

async function invoice() {
  const ocr = await ocrOf(INVOICE_LINES);
  return { ocr, analysis: analyseDocument(ocr, [], DEFAULT_THRESHOLDS) };
}

describe('summarise', () => {
  it('keeps a schema-valid model answer (the DemoMode generator answers from the prompt)', async () => {
    const { ocr, analysis } = await invoice();
    const answer = await summarise(new DemoTextGenerator(), analysis, ocr.text);
    expect(answer.source).toBe('model');
    expect(answer.value.documentType).toBe('invoice');
  });

  it('falls back to the rules when the answer breaks the schema', async () => {
    const { ocr, analysis } = await invoice();
    const model: TextGenerator = {
      generate: async () => ({
        text: '',
        modelId: 'm',
        json: { documentType: 'receipt', summary: 'x', keyPhrases: [] },
      }),
    };
    const answer = await summarise(model, analysis, ocr.text);
    expect(answer).toMatchObject({ source: 'fallback', failure: 'schema-mismatch', value: fallbackSummary(analysis) });
  });

  it('rethrows throttling so the state machine retries', async () => {
    const { ocr, analysis } = await invoice();
    const model: TextGenerator = {
      generate: async () => {
        throw new ThrottlingError('slow down');
      },
    };
    await expect(summarise(model, analysis, ocr.text)).rejects.toBeInstanceOf(ThrottlingError);
  });

  it('gives the model the kind and formatted amounts, not minor units', async () => {
    const { ocr, analysis } = await invoice();
    const prompt = summaryPrompt(analysis, ocr.text);
    expect(prompt.startsWith('Document Type: invoice\n')).toBe(true);
    expect(prompt).toContain('total: 2,160.00 USD');
  });
});
