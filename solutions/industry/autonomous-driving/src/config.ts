/** The functions' configuration, read from the environment once per execution environment. */
import { boolEnv, type Env, enumEnv, intEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { DEFAULT_REALTIME_THRESHOLD, INFERENCE_TYPES, type InferenceType } from '@fsxn-s3ap/shared/inference';
import { suffixesFromEnv } from '@fsxn-s3ap/shared/s3';
import { type TokenStorageMode, tokenStorageModeFromEnv } from '@fsxn-s3ap/shared/task-tokens';

/** Suffixes this pattern reads: videos and point clouds. */
export const VIDEO_SUFFIXES = ['.mp4', '.mov'] as const;
export const LIDAR_SUFFIXES = ['.pcd', '.las'] as const;

/** What the template passes to the functions (see Globals.Function.Environment). */
export interface PatternConfig {
  inputAccessPoint: string;
  inputPrefix: string;
  suffixes: string[];
  maxObjects: number;
  mapConcurrency: number;
  frameIntervalMs: number;
  maxFramesPerVideo: number;
  /** MOCK_MODE: no SageMaker job or endpoint call; deterministic segmentation instead. */
  mockMode: boolean;
  sageMakerEnabled: boolean;
  realtimeEnabled: boolean;
  realtimeThreshold: number;
  inferenceType: InferenceType;
  tokenStorageMode: TokenStorageMode;
  jobNamePrefix: string;
}

/** Parses the environment; a malformed variable throws a ConfigError naming it. */
export function loadConfig(env: Env = process.env): PatternConfig {
  return {
    inputAccessPoint: requireEnv('INPUT_ACCESS_POINT', env),
    inputPrefix: optionalEnv('INPUT_PREFIX', '', env),
    suffixes: suffixesFromEnv(env, [...VIDEO_SUFFIXES, ...LIDAR_SUFFIXES]),
    maxObjects: intEnv('MAX_OBJECTS', { fallback: 10_000, min: 1 }, env),
    mapConcurrency: intEnv('MAP_CONCURRENCY', { fallback: 10, min: 1, max: 40 }, env),
    frameIntervalMs: intEnv('FRAME_INTERVAL_MS', { fallback: 1000, min: 1 }, env),
    maxFramesPerVideo: intEnv('MAX_FRAMES_PER_VIDEO', { fallback: 60, min: 1, max: 3600 }, env),
    mockMode: boolEnv('MOCK_MODE', true, env),
    sageMakerEnabled: boolEnv('ENABLE_SAGEMAKER_TRANSFORM', false, env),
    realtimeEnabled: boolEnv('ENABLE_REALTIME_ENDPOINT', false, env),
    realtimeThreshold: intEnv('REALTIME_THRESHOLD', { fallback: DEFAULT_REALTIME_THRESHOLD, min: 1 }, env),
    inferenceType: enumEnv('INFERENCE_TYPE', INFERENCE_TYPES, 'none', env),
    tokenStorageMode: tokenStorageModeFromEnv(env),
    jobNamePrefix: optionalEnv('TRANSFORM_JOB_NAME_PREFIX', 'uc9-seg', env),
  };
}
