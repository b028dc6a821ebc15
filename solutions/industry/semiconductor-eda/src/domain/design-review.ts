/**
 * The design review document `reports/YYYY/MM/DD/eda-design-review-<execution>.md`: a model's narrative over the
 * run's figures (TextGenerator port), or a rule-based one when the model cannot answer, then the findings and the
 * DRC statistics.
 */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { renderMarkdown } from '@fsxn-s3ap/shared/workflow';
import type { DrcStatistics } from './drc-statistics';
import { designSections, drcSection, findingsSection } from './eda-report';
import type { EdaSummary } from './eda-summary';
import type { Finding } from './review-rules';

/** The narrative and where it came from. */
export interface Narrative {
  text: string;
  source: string;
}

const SYSTEM =
  'You are a physical design reviewer. Summarise the layout metrics and findings for a tape-out review in at most ' +
  'six sentences. Name the designs that need attention and why. Do not invent figures.';

/** The prompt: the run's figures and findings as plain lines. */
export function reviewPrompt(
  summary: EdaSummary,
  drc: DrcStatistics | undefined,
  findings: readonly Finding[],
): string {
  const lines = [
    `The run read ${summary.gdsii} GDSII libraries and ${summary.oasis} OASIS files.`,
    `They hold ${summary.cells} cells and ${summary.elements} elements on ${Object.keys(summary.layers).length} layers.`,
    `The deepest hierarchy has ${summary.maxDepth} levels.`,
    ...(drc?.metrics ?? []).map(
      (m) => `${m.metric}: min ${m.min ?? '-'}, max ${m.max ?? '-'}, avg ${m.avg ?? '-'}, p95 ${m.p95 ?? '-'}.`,
    ),
    findings.length === 0 ? 'No rule flagged a design.' : 'Findings:',
    ...findings.map((finding) => `- ${finding.severity}: ${finding.message}.`),
  ];
  return lines.join('\n');
}

/** The rule-based narrative: counts of findings per rule. */
export function ruleNarrative(summary: EdaSummary, findings: readonly Finding[]): string {
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const designs = summary.gdsii + summary.oasis;
  if (findings.length === 0) return `${designs} designs reviewed; no rule flagged a design.`;
  return `${designs} designs reviewed; ${warnings} warning(s) and ${findings.length - warnings} note(s) below need a look.`;
}

/** Asks the model; on any failure the rule-based narrative is used and the reason recorded. */
export async function narrate(
  generator: TextGenerator,
  summary: EdaSummary,
  drc: DrcStatistics | undefined,
  findings: readonly Finding[],
): Promise<Narrative> {
  try {
    const answer = await generator.generate({
      system: SYSTEM,
      prompt: reviewPrompt(summary, drc, findings),
      maxTokens: 800,
    });
    if (answer.text.trim() !== '') return { text: answer.text.trim(), source: answer.modelId };
    throw new Error('the model answered with empty text');
  } catch (error) {
    getLogger().warn('Design review narrative falls back to the rules', { error: errorMessage(error) });
    return { text: ruleNarrative(summary, findings), source: `rules (model unavailable: ${errorMessage(error)})` };
  }
}

/** The Markdown document. */
export function renderDesignReview(input: {
  executionId: string;
  generatedAt: string;
  summary: EdaSummary;
  drc: DrcStatistics | undefined;
  findings: readonly Finding[];
  narrative: Narrative;
}): string {
  const sections = [
    {
      title: 'Review',
      facts: [
        ['Narrative', input.narrative.text] as [string, string],
        ['Source', input.narrative.source] as [string, string],
      ],
    },
    ...findingsSection(input.findings),
    ...drcSection(input.drc),
    ...designSections(input.summary),
  ];
  return renderMarkdown(`EDA design review: ${input.executionId}`, input.generatedAt, sections);
}
