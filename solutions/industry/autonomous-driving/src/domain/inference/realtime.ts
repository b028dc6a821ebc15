/** Real-time segmentation of a small batch: one endpoint invocation per cloud, each recorded for the A/B comparison. */
import { createHash } from 'node:crypto';
import { type EndpointResponse, pickVariant, type VariantWeight } from '@fsxn-s3ap/shared/inference';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AbResults } from './ab-results';
import type { CloudRef } from './clouds';
import { countClasses, mockSegmentation, type Segmentation } from './segmentation';
import { writeSegmentations } from './segmentation-output';

/** Port: one endpoint call for one cloud. */
export type EndpointInvoker = (cloud: CloudRef) => Promise<EndpointResponse>;

/** What a real-time run needs. */
export interface RealtimePorts {
  invoke: EndpointInvoker;
  /** Present when EnableABTesting is on. */
  abResults: AbResults | undefined;
  output: Pick<OutputWriter, 'bucket' | 'putJson'>;
  clock: () => Date;
}

/** The task output, shaped like the batch callback's. */
export interface RealtimeOutcome {
  route: 'realtime';
  transformJobName: null;
  status: 'Completed';
  outputPath: string;
  invocations: number;
  variants: Record<string, number>;
}

/** Labels from an endpoint answer `{ "labels": [...] }` with one label per point; otherwise none. */
export function labelsFromBody(body: string, points: number): number[] | undefined {
  try {
    const parsed = JSON.parse(body) as { labels?: unknown };
    const labels = parsed.labels;
    return Array.isArray(labels) && labels.length === points && labels.every(Number.isInteger)
      ? (labels as number[])
      : undefined;
  } catch {
    return undefined;
  }
}

/** Invokes the endpoint per cloud; a failed call is recorded as an error for its variant and then rethrown. */
export async function segmentRealtime(
  executionId: string,
  clouds: readonly CloudRef[],
  ports: RealtimePorts,
): Promise<RealtimeOutcome> {
  const results: (Segmentation & { variant: string })[] = [];
  for (const cloud of clouds) {
    let response: EndpointResponse;
    try {
      response = await ports.invoke(cloud);
    } catch (error) {
      const variant = (error as { variant?: string }).variant ?? 'unknown';
      await ports.abResults?.record({ variant, latencyMs: 0, error: true, objectKey: cloud.key }, ports.clock());
      throw error;
    }
    await ports.abResults?.record(
      { variant: response.invokedVariant, latencyMs: response.latencyMs, error: false, objectKey: cloud.key },
      ports.clock(),
    );
    const labels = labelsFromBody(response.body, cloud.points) ?? [];
    results.push({
      key: cloud.key,
      points: cloud.points,
      labels,
      classCounts: countClasses(labels),
      variant: response.invokedVariant,
    });
  }
  const outputPath = await writeSegmentations(
    ports.output,
    { jobName: `realtime-${executionId}`, route: 'realtime', now: ports.clock() },
    results,
  );
  const variants: Record<string, number> = {};
  for (const result of results) variants[result.variant] = (variants[result.variant] ?? 0) + 1;
  return {
    route: 'realtime',
    transformJobName: null,
    status: 'Completed',
    outputPath,
    invocations: results.length,
    variants,
  };
}

/** MockMode's endpoint: splits traffic by the variant weights (from a hash of the key) and segments deterministically. */
export function createMockEndpoint(weights: readonly VariantWeight[]): EndpointInvoker {
  return async (cloud) => {
    const started = performance.now();
    const fraction = createHash('sha256').update(cloud.key).digest().readUInt32BE(0) / 2 ** 32;
    const segmentation = mockSegmentation(cloud.key, cloud.points);
    return {
      body: JSON.stringify({ labels: segmentation.labels }),
      invokedVariant: pickVariant(weights, fraction),
      latencyMs: Math.round(performance.now() - started),
      attempts: 1,
    };
  };
}
