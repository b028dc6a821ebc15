/**
 * The route plan of a run: the shipments grouped by destination region and carrier (from the run report), with
 * consolidation advice written by the TextGenerator port (Bedrock, or the DemoMode generator) through the kit's
 * `generateStructured`; when the model gives no usable answer, rule-based advice stands in and the plan says so.
 */
import { generateStructured, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import * as z from '@fsxn-s3ap/shared/zod';
import type { RouteGroup } from './slip-summary';

/** One destination region: its carriers' groups, heaviest first. */
export interface RegionPlan {
  region: string;
  shipments: number;
  weightKg: number;
  carriers: RouteGroup[];
}

/** The plan written next to the report. */
export interface RoutePlan {
  executionId: string;
  generatedAt: string;
  source: 'model' | 'rules';
  modelId: string | null;
  summary: string;
  recommendations: string[];
  regions: RegionPlan[];
}

/** Regions (heaviest first), each with its carriers (heaviest first). */
export function regionsOf(groups: readonly RouteGroup[]): RegionPlan[] {
  const byRegion = new Map<string, RouteGroup[]>();
  for (const group of groups) byRegion.set(group.region, [...(byRegion.get(group.region) ?? []), group]);
  const byWeight = (a: { weightKg: number; region: string }, b: { weightKg: number; region: string }) =>
    b.weightKg - a.weightKg || a.region.localeCompare(b.region);
  return [...byRegion]
    .map(([region, carriers]) => ({
      region,
      shipments: carriers.reduce((sum, group) => sum + group.shipments, 0),
      weightKg: Math.round(carriers.reduce((sum, group) => sum + group.weightKg, 0) * 1000) / 1000,
      carriers: [...carriers].sort((a, b) => b.weightKg - a.weightKg || a.carrier.localeCompare(b.carrier)),
    }))
    .sort(byWeight);
}

/** Rule-based advice: consolidate a region served by several carriers on its heaviest one; batch repeat groups. */
export function ruleAdvice(regions: readonly RegionPlan[]): { summary: string; recommendations: string[] } {
  const recommendations: string[] = [];
  for (const region of regions) {
    const [main, ...others] = region.carriers;
    if (main !== undefined && others.length > 0) {
      const moved = others.reduce((sum, group) => sum + group.shipments, 0);
      recommendations.push(
        `${region.region}: consolidate ${moved} shipment(s) from ${others.map((group) => group.carrier).join(', ')} onto ${main.carrier} (${main.weightKg} kg already booked)`,
      );
    }
    for (const group of region.carriers) {
      if (group.shipments > 1) {
        recommendations.push(
          `${region.region} via ${group.carrier}: book ${group.shipments} shipments (${group.weightKg} kg) as one pickup`,
        );
      }
    }
  }
  const shipments = regions.reduce((sum, region) => sum + region.shipments, 0);
  const summary = `${shipments} shipment(s) to ${regions.length} destination region(s); heaviest: ${regions[0]?.region ?? 'none'}.`;
  return { summary, recommendations };
}

const Advice = z.object({
  summary: z.string().check(z.trim(), z.minLength(1)),
  recommendations: z.array(z.string()),
});

const SYSTEM =
  'You plan parcel routes for a logistics team. Use only the shipment groups given; suggest consolidations.';

/** Builds the plan from the report's groups. */
export async function buildRoutePlan(
  groups: readonly RouteGroup[],
  options: { generator: TextGenerator; executionId: string; now: Date },
): Promise<RoutePlan & { reason?: string }> {
  const regions = regionsOf(groups);
  const facts = regions.flatMap((region) =>
    region.carriers.map(
      (group) => `- ${region.region} ${group.carrier}: ${group.shipments} shipments, ${group.weightKg} kg`,
    ),
  );
  const answer = await generateStructured(
    options.generator,
    { system: SYSTEM, prompt: ['Shipment groups:', ...facts, 'Summarise and recommend.'].join('\n'), maxTokens: 600 },
    Advice,
    () => ruleAdvice(regions),
  );
  return {
    executionId: options.executionId,
    generatedAt: options.now.toISOString(),
    source: answer.source === 'model' ? 'model' : 'rules',
    modelId: answer.source === 'model' ? (answer.modelId ?? null) : null,
    summary: answer.value.summary.trim(),
    recommendations: answer.value.recommendations
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .slice(0, 20),
    regions,
    ...(answer.reason === undefined ? {} : { reason: answer.reason }),
  };
}
