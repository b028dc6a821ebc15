/**
 * The indexing stage (IndexDocuments, run only when OpenSearchMode is not none): puts each record's index document,
 * written by the archive stage, into the search index. A record that failed processing has none and is skipped; a
 * refusal of the index is counted in `indexFailed`, so the run's report says how many records are not searchable.
 */
import { type Env, requireEnv } from '@fsxn-s3ap/shared/config';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { type ItemStage, objectResultKey, resultStem, sumFields } from '@fsxn-s3ap/shared/workflow';
import { createOpenSearchIndex } from '../adapters/opensearch-index';
import type { IndexDocument, SearchIndex } from '../domain/search-index';

/** Suffix of the index document the archive stage writes under `index-documents/`. */
export const INDEX_DOCUMENT_SUFFIX = 'document.json';

export type IndexOutcome = 'indexed' | 'failed' | 'skipped';

/** The indexing counts merged into the run summary. */
export interface IndexSummary {
  indexed: number;
  indexFailed: number;
}

/** The production index from `OPENSEARCH_ENDPOINT`, `OPENSEARCH_SERVICE` (aoss or es), `OPENSEARCH_INDEX`. */
export function openSearchPorts(env: Env = process.env): { index: SearchIndex } {
  return {
    index: createOpenSearchIndex({
      endpoint: requireEnv('OPENSEARCH_ENDPOINT', env),
      service: env.OPENSEARCH_SERVICE === 'es' ? 'es' : 'aoss',
      index: requireEnv('OPENSEARCH_INDEX', env),
      region: requireEnv('AWS_REGION', env),
      credentials: {
        accessKeyId: requireEnv('AWS_ACCESS_KEY_ID', env),
        secretAccessKey: requireEnv('AWS_SECRET_ACCESS_KEY', env),
        ...(env.AWS_SESSION_TOKEN === undefined ? {} : { sessionToken: env.AWS_SESSION_TOKEN }),
      },
    }),
  };
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ObjectNotFoundError' || error.name === 'NoSuchKey');
}

export const indexingStage: ItemStage<IndexOutcome, IndexSummary, undefined, { index: SearchIndex }> = {
  ports: () => openSearchPorts(),
  async process(object, ctx) {
    let document: IndexDocument;
    try {
      // The archive stage wrote it under the same execution start date; getJson takes the full (prefixed) key.
      const key = objectResultKey('index-documents', object, INDEX_DOCUMENT_SUFFIX, ctx.now);
      document = await ctx.output.getJson<IndexDocument>(`${ctx.output.prefix}${key}`);
    } catch (error) {
      if (isMissing(error)) return 'skipped';
      throw error;
    }
    try {
      await ctx.ports.index.put(resultStem(object), document);
      return 'indexed';
    } catch (error) {
      getLogger().warn('indexing failed', { key: object.key, error: errorMessage(error) });
      return 'failed';
    }
  },
  summary: {
    empty: () => ({ indexed: 0, indexFailed: 0 }),
    add: (total, outcome) => ({
      indexed: total.indexed + (outcome === 'indexed' ? 1 : 0),
      indexFailed: total.indexFailed + (outcome === 'failed' ? 1 : 0),
    }),
    merge: (a, b) => sumFields(a, b, ['indexed', 'indexFailed']),
  },
};
