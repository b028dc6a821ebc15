/** This pattern's settings and ports from the environment, built once per execution environment. */
import {
  createDocumentOcr,
  createImageLabeler,
  createTextGenerator,
  type DocumentOcr,
  type ImageLabeler,
  type TextGenerator,
} from '@fsxn-s3ap/shared/ai';
import { type Env, numberEnv, optionalEnv } from '@fsxn-s3ap/shared/config';
import { type ConfidenceThresholds, thresholdsFromEnv } from '@fsxn-s3ap/shared/human-review';
import { logPiiAllowed } from '@fsxn-s3ap/shared/pii';
import { DEFAULT_CLAIM_PREFIX } from './claim-id';

/** What both branches read. */
export interface ClaimSettings {
  /** `CLAIM_ID_PREFIX` (default `CLM-`): how a claim id in a path or file name starts. */
  claimPrefix: string;
  /** `HUMAN_REVIEW_AUTO_APPROVE_THRESHOLD` / `HUMAN_REVIEW_REJECT_THRESHOLD` (0.85 / 0.30). */
  thresholds: ConfidenceThresholds;
  /** `MIN_LABEL_CONFIDENCE` (default 50): labels below it are not asked for. */
  minLabelConfidence: number;
  /** `LOG_PII_DATA` (default false): claimant names and policy numbers may appear in logs only when true. */
  logPii: boolean;
}

/** Reads the settings; ConfigError names a bad variable. */
export function loadClaimSettings(env: Env = process.env): ClaimSettings {
  return {
    claimPrefix: optionalEnv('CLAIM_ID_PREFIX', DEFAULT_CLAIM_PREFIX, env),
    thresholds: thresholdsFromEnv(env),
    minLabelConfidence: numberEnv('MIN_LABEL_CONFIDENCE', { fallback: 50, min: 0, max: 100 }, env),
    logPii: logPiiAllowed(env),
  };
}

/** The photo branch's ports: Rekognition (or DemoMode labels) and Bedrock (or the DemoMode generator). */
export interface PhotoPorts {
  labeler: ImageLabeler;
  generator: TextGenerator;
}

/** The estimate branch's port: Textract (or the DemoMode reader). */
export interface EstimatePorts {
  ocr: DocumentOcr;
}

export const photoPorts = (): PhotoPorts => ({ labeler: createImageLabeler(), generator: createTextGenerator() });
export const estimatePorts = (): EstimatePorts => ({ ocr: createDocumentOcr() });
