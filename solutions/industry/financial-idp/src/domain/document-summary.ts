/**
 * The document's summary: asked of the model as a JSON object checked by {@link DocumentSummarySchema}, or built by
 * rules from the extracted fields when the model's answer does not fit (`source: 'fallback'`).
 */
import { generateStructured, type StructuredAnswer, type TextGenerator, truncateUtf8 } from '@fsxn-s3ap/shared/ai';
import * as z from '@fsxn-s3ap/shared/zod';
import type { DocumentAnalysis } from './analyse';
import { formatAmount } from './money';

/** Bytes of document text sent with the prompt. */
export const PROMPT_TEXT_BYTES = 8000;

export const DocumentSummarySchema = z.strictObject({
  documentType: z.enum(['invoice', 'contract', 'unknown']),
  summary: z.string().check(z.minLength(1), z.maxLength(2000)),
  keyPhrases: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
});

export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

const SYSTEM =
  'You summarise business documents. Answer with one JSON object: documentType (invoice, contract or unknown, as ' +
  'given), summary (two or three sentences: who, what, amounts, dates), keyPhrases (up to ten short phrases).';

/** The summary the rules write from the extracted fields. */
export function fallbackSummary(analysis: DocumentAnalysis): DocumentSummary {
  const { invoice, contract, classification } = analysis;
  if (invoice !== undefined) {
    const total =
      invoice.total === undefined || invoice.currency === undefined
        ? 'no readable total'
        : `total ${formatAmount(invoice.total, invoice.currency)} ${invoice.currency}`;
    const parts = [
      `Invoice ${invoice.invoiceNumber ?? '(no number)'} from ${invoice.vendor ?? 'an unnamed vendor'}`,
      `issued ${invoice.issueDate ?? 'on an unreadable date'}, due ${invoice.dueDate ?? 'on no stated date'}`,
      `${total} over ${invoice.lineItems.length} line items.`,
    ];
    return { documentType: 'invoice', summary: parts.join(', '), keyPhrases: keyPhrasesOf(analysis) };
  }
  if (contract !== undefined) {
    const summary = `Contract ${contract.agreementNumber ?? '(no number)'} effective ${contract.effectiveDate ?? 'on no stated date'}, term ${contract.term ?? 'not stated'}.`;
    return { documentType: 'contract', summary, keyPhrases: keyPhrasesOf(analysis) };
  }
  return { documentType: classification.kind, summary: 'Unclassified document.', keyPhrases: keyPhrasesOf(analysis) };
}

function keyPhrasesOf(analysis: DocumentAnalysis): string[] {
  return [...new Set(analysis.findings.map((finding) => finding.rule))];
}

/** The prompt: the document's kind and fields as `Key: value` lines, then its text (truncated). */
export function summaryPrompt(analysis: DocumentAnalysis, text: string): string {
  const fields: Record<string, unknown> = { ...(analysis.invoice ?? analysis.contract ?? {}) };
  const currency = analysis.invoice?.currency;
  const lines = [`Document Type: ${analysis.classification.kind}`];
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') lines.push(`${key}: ${value}`);
    else if (typeof value === 'number' && currency !== undefined)
      lines.push(`${key}: ${formatAmount(value, currency)} ${currency}`);
  }
  return `${lines.join('\n')}\n\nDocument text:\n${truncateUtf8(text, PROMPT_TEXT_BYTES).text}`;
}

/** The model's summary, or the rules' when the answer is not valid JSON of the schema. */
export function summarise(
  generator: TextGenerator,
  analysis: DocumentAnalysis,
  text: string,
): Promise<StructuredAnswer<DocumentSummary>> {
  return generateStructured(
    generator,
    { prompt: summaryPrompt(analysis, text), system: SYSTEM, maxTokens: 800, temperature: 0 },
    DocumentSummarySchema,
    () => fallbackSummary(analysis),
  );
}
