/** This pattern's settings and ports, read once per execution environment. */
import {
  createDocumentOcr,
  createEntityExtractor,
  createTextGenerator,
  type DocumentOcr,
  type EntityExtractor,
  type TextGenerator,
} from '@fsxn-s3ap/shared/ai';
import { type Env, intEnv } from '@fsxn-s3ap/shared/config';
import { type ConfidenceThresholds, thresholdsFromEnv } from '@fsxn-s3ap/shared/human-review';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { logPiiAllowed } from '@fsxn-s3ap/shared/pii';

export interface IdpSettings {
  /** Documents with more pages go to Textract's asynchronous API (TEXTRACT_PAGE_THRESHOLD, default 1). */
  pageThreshold: number;
  /** How long one attempt polls an asynchronous job (OCR_MAX_WAIT_SECONDS, default 540). */
  ocrMaxWaitSeconds: number;
  /** Largest document read (MAX_DOCUMENT_SIZE_MB, default 50). */
  maxDocumentBytes: number;
  thresholds: ConfidenceThresholds;
  /** LOG_PII_DATA: false keeps values out of logs. */
  logPii: boolean;
}

export interface IdpPorts {
  ocr: DocumentOcr;
  entities: EntityExtractor;
  generator: TextGenerator;
  /**
   * The output bucket as a plain S3 bucket, whatever OUTPUT_DESTINATION says: Textract reads multi-page documents
   * asynchronously from a staged copy there (it cannot read through an FSx for ONTAP access point).
   */
  staging: OutputWriter;
}

export function idpSettings(env: Env = process.env): IdpSettings {
  return {
    pageThreshold: intEnv('TEXTRACT_PAGE_THRESHOLD', { fallback: 1, min: 1, max: 3000 }, env),
    ocrMaxWaitSeconds: intEnv('OCR_MAX_WAIT_SECONDS', { fallback: 540, min: 5, max: 840 }, env),
    maxDocumentBytes: intEnv('MAX_DOCUMENT_SIZE_MB', { fallback: 50, min: 1, max: 500 }, env) * 1024 * 1024,
    thresholds: thresholdsFromEnv(env),
    logPii: logPiiAllowed(env),
  };
}

export function idpPorts(env: Env = process.env): IdpPorts {
  return {
    ocr: createDocumentOcr({ env }),
    entities: createEntityExtractor({ env }),
    generator: createTextGenerator({ env }),
    staging: createOutputWriter({ env: { ...env, OUTPUT_DESTINATION: 'STANDARD_S3' } }),
  };
}
