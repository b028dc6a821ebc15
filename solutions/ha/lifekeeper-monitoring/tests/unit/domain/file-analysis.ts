// A minimal FileAnalysis for the score, assessment and stage tests.
import type { FileAnalysis } from '../../../src/domain/analyze-file';
import type { LogCategory, Severity } from '../../../src/domain/classify';

/** A one-line log `key` of `category` and `severity`, read whole, with nothing found by the scan. */
export function fileAnalysis(key: string, category: LogCategory, severity: Severity): FileAnalysis {
  return {
    key,
    size: 1,
    keyCategory: category,
    category,
    severity,
    read: { readMode: 'whole', bytesRead: 1, skippedBytes: 0, windows: [] },
    scan: { lines: 1, indicators: [], stateCounts: {}, transitions: [], transitionsTruncated: false },
  };
}
