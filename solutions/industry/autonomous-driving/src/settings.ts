/** This pattern's own settings, read from the environment (the kit reads the access point, prefix and suffixes). */
import { boolEnv, type Env, enumEnv, intEnv, optionalEnv } from '@fsxn-s3ap/shared/config';
import { DEFAULT_REALTIME_THRESHOLD, INFERENCE_TYPES, type InferenceType } from '@fsxn-s3ap/shared/inference';
import { type TokenStorageMode, tokenStorageModeFromEnv } from '@fsxn-s3ap/shared/task-tokens';

/** How videos are sampled (FrameInterval, MaxFramesPerVideo). */
export interface AnalysisSettings {
  frameIntervalMs: number;
  maxFramesPerVideo: number;
}

/** Whether and how the QC-passed point clouds are segmented. */
export interface InferenceSettings {
  /** MOCK_MODE: no SageMaker job or endpoint call; deterministic segmentation instead. */
  mockMode: boolean;
  sageMakerEnabled: boolean;
  /** A real-time endpoint is deployed (EnableRealtimeEndpoint and an InferenceType other than none). */
  realtimeEnabled: boolean;
  realtimeThreshold: number;
  inferenceType: InferenceType;
  tokenStorageMode: TokenStorageMode;
  jobNamePrefix: string;
}

/** FRAME_INTERVAL_MS and MAX_FRAMES_PER_VIDEO; a malformed one throws ConfigError naming it. */
export function loadAnalysisSettings(env: Env = process.env): AnalysisSettings {
  return {
    frameIntervalMs: intEnv('FRAME_INTERVAL_MS', { fallback: 1000, min: 1 }, env),
    maxFramesPerVideo: intEnv('MAX_FRAMES_PER_VIDEO', { fallback: 60, min: 1, max: 3600 }, env),
  };
}

/** The inference switches of the template; a malformed one throws ConfigError naming it. */
export function loadInferenceSettings(env: Env = process.env): InferenceSettings {
  const inferenceType = enumEnv('INFERENCE_TYPE', INFERENCE_TYPES, 'none', env);
  return {
    mockMode: boolEnv('MOCK_MODE', true, env),
    sageMakerEnabled: boolEnv('ENABLE_SAGEMAKER_TRANSFORM', false, env),
    realtimeEnabled: boolEnv('ENABLE_REALTIME_ENDPOINT', false, env) && inferenceType !== 'none',
    realtimeThreshold: intEnv('REALTIME_THRESHOLD', { fallback: DEFAULT_REALTIME_THRESHOLD, min: 1 }, env),
    inferenceType,
    tokenStorageMode: tokenStorageModeFromEnv(env),
    jobNamePrefix: optionalEnv('TRANSFORM_JOB_NAME_PREFIX', 'uc9-seg', env),
  };
}
