/**
 * Rule-based findings of a survey run, from the analysis rows: curves with 3-sigma anomalies, SEG-Y files off the
 * standard (little-endian, ASCII textual header in rev1, pre-rev1, trace count unknown). They are the report's facts
 * whether or not a language model writes the narrative, and the narrative's fallback when it cannot.
 */
import type { AnalyticsRow } from '@fsxn-s3ap/shared/analytics';
import type { AnalysisRows } from './analysis';

/** One finding: how serious, and what. */
export interface Finding {
  severity: 'HIGH' | 'MEDIUM' | 'LOW';
  subject: string;
  detail: string;
}

const text = (row: AnalyticsRow, column: string) => String(row[column] ?? '');
const num = (row: AnalyticsRow, column: string) => Number(row[column] ?? 0);

function seismicFindings(row: AnalyticsRow): Finding[] {
  const subject = `SEG-Y rev ${text(row, 'revision')} ${text(row, 'format')} ${text(row, 'byte_order')}`;
  const files = num(row, 'files');
  const out: Finding[] = [];
  if (text(row, 'byte_order') === 'little-endian') {
    out.push({ severity: 'MEDIUM', subject, detail: `${files} file(s) little-endian: the standard is big-endian` });
  }
  if (text(row, 'revision').startsWith('0.')) {
    out.push({ severity: 'LOW', subject, detail: `${files} file(s) predate SEG-Y rev1` });
  }
  if (text(row, 'textual_encoding') === 'ascii' && text(row, 'revision').startsWith('1.')) {
    out.push({ severity: 'LOW', subject, detail: `${files} rev1 file(s) have an ASCII textual header (rev1: EBCDIC)` });
  }
  if (num(row, 'uncounted') > 0) {
    out.push({ severity: 'LOW', subject, detail: `${num(row, 'uncounted')} file(s) whose trace count needs a scan` });
  }
  return out;
}

function anomalyFinding(row: AnalyticsRow, thresholdStd: number): Finding {
  const count = num(row, 'anomalies');
  const maxZ = num(row, 'max_abs_z');
  return {
    severity: maxZ >= 2 * thresholdStd ? 'HIGH' : 'MEDIUM',
    subject: `curve ${text(row, 'curve')} (${text(row, 'unit') || 'no unit'})`,
    detail: `${count} value(s) beyond ${thresholdStd} standard deviations in ${num(row, 'files')} log(s), max |z| ${maxZ.toFixed(2)}`,
  };
}

const ORDER = { HIGH: 0, MEDIUM: 1, LOW: 2 } as const;

/** Every finding of the run, most serious first. */
export function complianceFindings(rows: AnalysisRows, thresholdStd: number): Finding[] {
  const findings = [
    ...rows['anomalies-by-curve'].map((row) => anomalyFinding(row, thresholdStd)),
    ...rows['seismic-survey'].flatMap(seismicFindings),
  ];
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** The narrative without a model: counts of findings by severity and the most serious ones. */
export function ruleBasedNarrative(findings: readonly Finding[], wells: number, seismicFiles: number): string {
  if (findings.length === 0) {
    return `${seismicFiles} SEG-Y file(s) and ${wells} well log(s) checked: no finding.`;
  }
  const high = findings.filter((finding) => finding.severity === 'HIGH').length;
  const top = findings
    .slice(0, 3)
    .map((finding) => `${finding.subject}: ${finding.detail}`)
    .join('; ');
  return `${seismicFiles} SEG-Y file(s) and ${wells} well log(s) checked: ${findings.length} finding(s), ${high} high. ${top}.`;
}
