/** Discovery of the two kinds of input (videos and point clouds), each with its own manifest and Map items. */
import { type DiscoveryResult, discoverObjects } from '@fsxn-s3ap/shared/discovery';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { LIDAR_SUFFIXES, type PatternConfig, VIDEO_SUFFIXES } from '../config';

/** Whether and where the state machine sends the point clouds for inference. */
export interface RoutingSettings {
  sageMakerEnabled: boolean;
  realtimeEnabled: boolean;
  realtimeThreshold: number;
}

/** What the discovery task returns: one discovery per branch of the Parallel state, plus routing settings. */
export interface InputsDiscovery {
  video: DiscoveryResult;
  lidar: DiscoveryResult;
  routing: RoutingSettings;
}

/** Inline items stay under this much JSON per kind, so both kinds together stay well below the 256 KB state. */
export const MAX_INLINE_BYTES = 80_000;

const NOTHING = { manifestKey: '', totalObjects: 0, totalBytes: 0, truncated: false, inline: true, items: [] };

/** The configured suffixes that belong to `kind` (the configured filter can narrow, never widen, a kind). */
export function suffixesOfKind(configured: readonly string[], kind: readonly string[]): string[] {
  return kind.filter((suffix) => configured.length === 0 || configured.includes(suffix));
}

/** Lists videos and point clouds separately (manifests `<executionId>-video` and `<executionId>-lidar`). */
export async function discoverInputs(
  executionId: string,
  ports: { input: AccessPointClient; output: OutputWriter; config: PatternConfig; now: Date },
): Promise<InputsDiscovery> {
  const { config } = ports;
  const discover = async (kind: string, suffixes: string[]): Promise<DiscoveryResult> => {
    // SUFFIX_FILTER excluded this kind entirely: nothing to list (an empty suffix list would match every key).
    if (suffixes.length === 0) return { ...NOTHING, mapConcurrency: config.mapConcurrency };
    return discoverObjects({
      input: ports.input,
      output: ports.output,
      executionId: `${executionId}-${kind}`,
      prefix: config.inputPrefix,
      suffixes,
      maxObjects: config.maxObjects,
      mapConcurrency: config.mapConcurrency,
      now: ports.now,
      maxInlineBytes: MAX_INLINE_BYTES,
    });
  };
  const video = await discover('video', suffixesOfKind(config.suffixes, VIDEO_SUFFIXES));
  const lidar = await discover('lidar', suffixesOfKind(config.suffixes, LIDAR_SUFFIXES));
  return {
    video,
    lidar,
    routing: {
      sageMakerEnabled: config.sageMakerEnabled,
      realtimeEnabled: config.realtimeEnabled && config.inferenceType !== 'none',
      realtimeThreshold: config.realtimeThreshold,
    },
  };
}
