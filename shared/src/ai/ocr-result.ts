/** Assembling an {@link OcrResult} from lines of text (the DemoMode readers). */
import type { OcrKeyValue, OcrLine, OcrResult, OcrSource, OcrTable } from './document-ocr';
import { roundTo } from './stable-hash';
import { keyValueLines } from './text-analysis';
import { tablesOf } from './text-tables';

/**
 * The result of `lines`: text joined with newlines, `key: value` lines as form fields, runs of column-separated
 * lines (tabs, two or more spaces, `|`) as tables per page, and the mean line confidence.
 */
export function resultOfLines(lines: OcrLine[], source: OcrSource, pages: number): OcrResult {
  const text = lines.map((line) => line.text).join('\n');
  const confidenceOf = new Map<string, number>();
  for (const line of lines)
    if (!confidenceOf.has(line.text.trim())) confidenceOf.set(line.text.trim(), line.confidence);
  const keyValues: OcrKeyValue[] = keyValueLines(text).map((pair) => ({
    key: pair.key,
    value: pair.value,
    confidence: confidenceOf.get(pair.line) ?? 0,
  }));
  const tables: OcrTable[] = [];
  const pageNumbers = [...new Set(lines.map((line) => line.page))];
  for (const page of pageNumbers) {
    const onPage = lines.filter((line) => line.page === page);
    for (const rows of tablesOf(onPage.map((line) => line.text))) {
      const confidence = Math.min(...onPage.map((line) => line.confidence));
      tables.push(page === undefined ? { rows, confidence } : { rows, confidence, page });
    }
  }
  const mean = lines.length === 0 ? 0 : lines.reduce((sum, line) => sum + line.confidence, 0) / lines.length;
  return { text, lines, keyValues, tables, pages, source, confidence: roundTo(mean, 1) };
}
