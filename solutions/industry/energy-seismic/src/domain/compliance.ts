/**
 * The compliance report of a run: the rule-based findings, the query rows, and a narrative written by the
 * TextGenerator port (Bedrock, or the DemoMode generator) from those facts, through the kit's `generateStructured`:
 * when the model answers without a usable summary or fails for good, the rule-based narrative stands in and the
 * report says so; throttling and transient model errors are thrown for the state's Retry.
 */
import { generateStructured, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import * as z from '@fsxn-s3ap/shared/zod';
import type { AnalysisRows } from './analysis';
import { complianceFindings, type Finding, ruleBasedNarrative } from './compliance-findings';

/** The compliance report written as JSON next to its Markdown. */
export interface ComplianceReport {
  executionId: string;
  generatedAt: string;
  thresholdStd: number;
  /** `model` when the TextGenerator wrote the narrative, `rules` when the fallback did. */
  narrativeSource: 'model' | 'rules';
  modelId: string | null;
  narrative: string;
  recommendations: string[];
  findings: Finding[];
  rows: AnalysisRows;
}

const SYSTEM =
  'You review seismic (SEG-Y) and well-log quality checks for a data-management compliance record. Use only the facts given.';

function promptOf(findings: readonly Finding[], facts: string): string {
  const lines = findings.map((finding) => `- [${finding.severity}] ${finding.subject}: ${finding.detail}`);
  return [
    facts,
    `Findings (${findings.length}):`,
    ...(lines.length > 0 ? lines : ['- none']),
    'Write a short summary for the data manager and list recommendations.',
  ].join('\n');
}

/** What the model is asked for: a summary, and recommendations as a list or as lines of one string. */
const Narrative = z.object({
  summary: z.string().check(z.trim(), z.minLength(1)),
  recommendations: z.union([z.array(z.string()), z.string()]),
});

/** The model's recommendations: a list of strings, or one string (a list item each line). */
function asStrings(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split('\n') : [];
  return items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .slice(0, 10);
}

/** Builds the report; the generator's failure is logged and replaced by the rule-based narrative. */
export async function buildComplianceReport(
  rows: AnalysisRows,
  options: { generator: TextGenerator; executionId: string; now: Date; thresholdStd: number },
): Promise<ComplianceReport> {
  const findings = complianceFindings(rows, options.thresholdStd);
  const wells = rows['well-log-summary'].length;
  const seismic = rows['seismic-survey'].reduce((sum, row) => sum + Number(row.files ?? 0), 0);
  const facts = ruleBasedNarrative(findings, wells, seismic);
  const base = {
    executionId: options.executionId,
    generatedAt: options.now.toISOString(),
    thresholdStd: options.thresholdStd,
    findings,
    rows,
  };
  const answer = await generateStructured(
    options.generator,
    { system: SYSTEM, prompt: promptOf(findings, facts), maxTokens: 800 },
    Narrative,
    () => ({
      summary: facts,
      recommendations: findings.map((finding) => `Review ${finding.subject}: ${finding.detail}`),
    }),
  );
  if (answer.source === 'fallback') getLogger().warn('Narrative from rules', { reason: answer.reason });
  return {
    ...base,
    narrativeSource: answer.source === 'model' ? 'model' : 'rules',
    modelId: answer.source === 'model' ? (answer.modelId ?? null) : null,
    narrative: answer.value.summary.trim(),
    recommendations: asStrings(answer.value.recommendations),
  };
}
