/** Settings and ports of the archive stage, read once per execution environment. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentOcr, createEntityExtractor, type DocumentOcr, type EntityExtractor } from '@fsxn-s3ap/shared/ai';
import { boolEnv, type Env, intEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { type ConfidenceThresholds, thresholdsFromEnv } from '@fsxn-s3ap/shared/human-review';
import { createAwsClient } from '@fsxn-s3ap/shared/observability';
import { normalizePrefix } from '@fsxn-s3ap/shared/output';
import { createDynamoRetentionStore } from '../adapters/dynamo-retention-store';
import type { RetentionStore } from '../domain/retention-store';

/** What the archive stage is configured with. */
export interface ArchiveSettings {
  /** Documents with more pages go to the asynchronous OCR API (`SYNC_PAGE_THRESHOLD`, default 10). */
  syncPageThreshold: number;
  /** Largest record read into memory (`MAX_DOCUMENT_BYTES`, default 50 MB). */
  maxDocumentBytes: number;
  /** Where records whose OCR confidence is below the auto-approve threshold go (`REVIEW_PREFIX`, `review/`). */
  reviewPrefix: string;
  thresholds: ConfidenceThresholds;
  /** Write an index document per record for IndexDocuments (`OPENSEARCH_ENABLED`, OpenSearchMode is not none). */
  indexing: boolean;
}

/** The services the archive stage calls. */
export interface ArchivePorts {
  ocr: DocumentOcr;
  pii: EntityExtractor;
  retention: RetentionStore;
}

/** Settings from the environment; a ConfigError names a bad variable. */
export function archiveSettings(env: Env = process.env): ArchiveSettings {
  return {
    syncPageThreshold: intEnv('SYNC_PAGE_THRESHOLD', { fallback: 10, min: 1, max: 3000 }, env),
    maxDocumentBytes: intEnv('MAX_DOCUMENT_BYTES', { fallback: 50 * 1024 * 1024, min: 1 }, env),
    reviewPrefix: normalizePrefix(optionalEnv('REVIEW_PREFIX', 'review/', env)),
    thresholds: thresholdsFromEnv(env),
    indexing: boolEnv('OPENSEARCH_ENABLED', false, env),
  };
}

/** The production ports: DemoMode adapters or Textract and Comprehend, and the RetentionTable. */
export function archivePorts(env: Env = process.env): ArchivePorts {
  const client = DynamoDBDocumentClient.from(createAwsClient(DynamoDBClient, {}));
  return {
    ocr: createDocumentOcr({ env }),
    pii: createEntityExtractor({ env }),
    retention: createDynamoRetentionStore({ client, tableName: requireEnv('RETENTION_TABLE', env) }),
  };
}
