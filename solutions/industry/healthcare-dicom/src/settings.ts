/** This pattern's settings and ports, read once per execution environment. */
import { ComprehendMedicalClient } from '@aws-sdk/client-comprehendmedical';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { boolEnv, type Env, intEnv, isDemoMode, optionalEnv } from '@fsxn-s3ap/shared/config';
import { ConfigError } from '@fsxn-s3ap/shared/errors';
import { type ConfidenceThresholds, thresholdsFromEnv } from '@fsxn-s3ap/shared/human-review';
import { createAwsClient } from '@fsxn-s3ap/shared/observability';
import { RekognitionTextDetector } from './domain/burned-in/rekognition-text-detector';
import { DemoImageTextDetector, type ImageTextDetector } from './domain/burned-in/text-detector';
import { DEFAULT_MAX_HEADER_BYTES } from './domain/dicom/stream';
import { ComprehendMedicalPhiDetector } from './domain/phi/comprehend-medical-phi-detector';
import { DemoPhiDetector, type PhiDetector } from './domain/phi/phi-detector';

/** Salt of DemoMode runs only: a deployment that calls the services must set its own (UidSalt). */
export const DEMO_UID_SALT = 'demo-mode-salt-not-for-production';

/** What the anonymisation stage is configured with. */
export interface DicomSettings {
  /** Per-deployment secret that makes new UIDs deterministic and not guessable (UID_SALT, at least 16 characters). */
  uidSalt: string;
  /** Key prefix of the de-identified copies (ANONYMIZED_PREFIX, default `anonymized/`). */
  anonymizedPrefix: string;
  /** Largest header read before Pixel Data (MAX_HEADER_BYTES). */
  maxHeaderBytes: number;
  /** LOG_PHI_DATA: false (default) never logs a header value. */
  logPhiData: boolean;
  /** Human review thresholds on the "image is clean" score. */
  thresholds: ConfidenceThresholds;
}

/** The ports the stage calls. */
export interface DicomPorts {
  textDetector: ImageTextDetector;
  phiDetector: PhiDetector;
}

/** Settings from `env`; a ConfigError names a missing or bad variable. */
export function dicomSettings(env: Env = process.env): DicomSettings {
  const salt = optionalEnv('UID_SALT', undefined, env) ?? (isDemoMode(env) ? DEMO_UID_SALT : undefined);
  if (salt === undefined || salt.length < 16) {
    throw new ConfigError('Environment variable UID_SALT must be set to a secret of at least 16 characters');
  }
  const prefix = optionalEnv('ANONYMIZED_PREFIX', 'anonymized/', env);
  return {
    uidSalt: salt,
    anonymizedPrefix: prefix.endsWith('/') ? prefix : `${prefix}/`,
    maxHeaderBytes: intEnv('MAX_HEADER_BYTES', { fallback: DEFAULT_MAX_HEADER_BYTES, min: 1024 }, env),
    logPhiData: boolEnv('LOG_PHI_DATA', false, env),
    thresholds: thresholdsFromEnv(env),
  };
}

/** DemoMode adapters, or Rekognition and Comprehend Medical (COMPREHEND_MEDICAL_REGION, default us-east-1). */
export function dicomPorts(env: Env = process.env): DicomPorts {
  if (isDemoMode(env)) return { textDetector: new DemoImageTextDetector(), phiDetector: new DemoPhiDetector() };
  const region = optionalEnv('COMPREHEND_MEDICAL_REGION', 'us-east-1', env);
  return {
    textDetector: new RekognitionTextDetector(createAwsClient(RekognitionClient, {})),
    phiDetector: new ComprehendMedicalPhiDetector(createAwsClient(ComprehendMedicalClient, { region })),
  };
}
