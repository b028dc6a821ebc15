/** One log's analysis: read within the cap, classify by key and content, scan for failover evidence. */
import type { S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { categoryByContent, categoryByKey, type LogCategory, relativeKey, type Severity, severityOf } from './classify';
import { type LogReader, type LogText, readLog } from './read-log';
import { type LogScan, scanLog } from './scan-log';

/** What the report needs about one log (the text itself is not kept). */
export interface FileAnalysis {
  key: string;
  size: number;
  keyCategory: LogCategory;
  category: LogCategory;
  severity: Severity;
  read: Omit<LogText, 'text'>;
  scan: LogScan;
}

/** Reads and analyses one object; `prefix` is the listing prefix, ignored when classifying by key. */
export async function analyzeFile(
  object: S3ObjectSummary,
  reader: LogReader,
  options: { prefix: string; capBytes: number },
): Promise<FileAnalysis> {
  const { text, ...read } = await readLog(reader, object.key, object.size, options.capBytes);
  const relative = relativeKey(object.key, options.prefix);
  const keyCategory = categoryByKey(relative);
  const category = categoryByContent(keyCategory, text);
  return {
    key: object.key,
    size: object.size,
    keyCategory,
    category,
    severity: severityOf(category, `${relative}\n${text}`),
    read,
    scan: scanLog(text),
  };
}
