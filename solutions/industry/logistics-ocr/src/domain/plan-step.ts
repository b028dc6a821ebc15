/**
 * The handler of the PlanRoutes state (after WriteReport): reads the run report the kit wrote, builds the route
 * plan from its groups and writes it as JSON and Markdown under `reports/`. Throttling and transient model errors
 * are thrown for the state's Retry; a model answer that does not fit gives the rule-based plan.
 */
import { createTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { once, systemClock } from '@fsxn-s3ap/shared/config';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { createOutputWriter, datedKey, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';
import type { LogisticsSummary } from './report';
import { buildRoutePlan, type RoutePlan } from './route-plan';
import { Route } from './routes';

/** What the step needs; tests pass their own. */
export interface PlanDeps {
  generator: TextGenerator;
  output: OutputWriter;
  clock: () => Date;
}

/** What the state returns. */
export interface PlanOutcome {
  planKey: string;
  planMarkdownKey: string;
  regions: number;
  source: RoutePlan['source'];
}

const EventSchema = z.object({ executionId: nonEmptyString(), reportKey: nonEmptyString() });

/** The plan as Markdown. */
export function renderPlanMarkdown(plan: RoutePlan): string {
  const lines = [`# Route plan: ${plan.executionId}`, '', `Generated ${plan.generatedAt} (${plan.source}).`, ''];
  lines.push(plan.summary, '', '| Region | Carrier | Shipments | Weight (kg) |', '| --- | --- | --- | --- |');
  for (const region of plan.regions) {
    for (const group of region.carriers) {
      lines.push(`| ${region.region} | ${group.carrier} | ${group.shipments} | ${group.weightKg} |`);
    }
  }
  lines.push('', '## Recommendations', '', ...plan.recommendations.map((item) => `- ${item}`));
  return `${lines.join('\n')}\n`;
}

/** The plan handler; `deps` replaces the production dependencies. */
export function createPlanHandler(deps?: PlanDeps): (event: unknown) => Promise<PlanOutcome> {
  const resolved = once(
    () => deps ?? { generator: createTextGenerator(), output: createOutputWriter(), clock: systemClock },
  );
  return async (event) => {
    const { executionId, reportKey } = parseWith(EventSchema, event, 'plan event');
    const { generator, output, clock } = resolved();
    const now = clock();
    const report = await output.getJson<RunReport<LogisticsSummary>>(reportKey);
    const groups = Object.values(report.summary?.[Route.Slips]?.groups ?? {});
    const { reason, ...plan } = await buildRoutePlan(groups, { generator, executionId, now });
    if (reason !== undefined) getLogger().warn('Route plan from rules', { reason });
    const planKey = await output.putJson(datedKey('reports', executionId, 'route-plan.json', now), plan);
    const planMarkdownKey = await output.putText(
      datedKey('reports', executionId, 'route-plan.md', now),
      renderPlanMarkdown(plan),
      'text/markdown; charset=utf-8',
    );
    return { planKey, planMarkdownKey, regions: plan.regions.length, source: plan.source };
  };
}
