/**
 * The report's Markdown narrative: written by the TextGenerator port from the run's facts, or by rules when the
 * model call fails (the rule text is also the model's factual brief, so both say the same numbers).
 */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { formatShares } from './geo-report';
import type { GeoSummary } from './geo-summary';

/** Score from which an area's risk is called high. */
export const HIGH_RISK = 60;

/** The facts as Markdown bullet points, in a fixed order. */
export function ruleNarrative(report: RunReport<GeoSummary>): string {
  const { summary, processed, failures } = report;
  const lines = [
    `- ${processed.succeeded} of ${processed.objects} GIS files analysed; ${summary.normalised} placed on EPSG:4326.`,
  ];
  for (const area of summary.areas) {
    if (area.change?.changed) {
      lines.push(
        `- ${area.areaId} changed: L1 ${area.change.l1} since ${area.change.previousObservedAt} (now ${formatShares(area.shares)}).`,
      );
    }
    for (const kind of ['flood', 'earthquake', 'landslide'] as const) {
      const score = area.risk?.[kind];
      if (score !== undefined && score >= HIGH_RISK) lines.push(`- ${area.key}: high ${kind} risk (${score}/100).`);
    }
  }
  for (const failure of failures) lines.push(`- Failed: ${failure.item} (${failure.error}: ${failure.message}).`);
  return lines.join('\n');
}

/** The narrative and who wrote it. */
export async function narrate(
  text: TextGenerator,
  report: RunReport<GeoSummary>,
): Promise<{ markdown: string; source: string }> {
  const facts = ruleNarrative(report);
  try {
    const result = await text.generate({
      system: 'You write short, factual urban-planning briefs in Markdown. Use only the facts given.',
      prompt: `Write a brief (at most 200 words) for city planners on land-use change and hazard risk.\nFacts:\n${facts}`,
      maxTokens: 600,
    });
    if (result.text.trim() !== '') return { markdown: result.text.trim(), source: result.modelId };
    // An empty answer is no narrative: the rules write it.
  } catch {
    // The rule-based text stands in for the model's; the report says which one it is.
  }
  return { markdown: facts, source: 'rules' };
}
