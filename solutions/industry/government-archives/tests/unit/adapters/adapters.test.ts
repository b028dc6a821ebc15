import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createDynamoRetentionStore } from '../../../src/adapters/dynamo-retention-store';
import { createOpenSearchIndex } from '../../../src/adapters/opensearch-index';
import type { IndexDocument } from '../../../src/domain/search-index';

const DOCUMENT: IndexDocument = {
  key: 'archives/a.pdf',
  kind: 'pdf',
  classification: 'public',
  schedule: '2.1',
  retainUntil: '2029-12-06T00:00:00.000Z',
  redactions: 0,
  text: 'hello',
  processedAt: '2026-12-06T00:00:00.000Z',
};

describe('DynamoDB retention store', () => {
  const dynamo = mockClient(DynamoDBDocumentClient);

  it('puts one item per document key with the TTL attribute expires_at', async () => {
    // Prepare
    dynamo.reset();
    dynamo.on(PutCommand).resolves({});
    const store = createDynamoRetentionStore({
      client: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })),
      tableName: 'ret',
    });

    // Act
    await store.put({
      documentKey: 'archives/a.pdf',
      schedule: '2.1',
      years: 3,
      retainUntil: '2029-12-06T00:00:00.000Z',
      expiresAt: 1_891_123_200,
      classification: 'public',
      processedAt: '2026-12-06T00:00:00.000Z',
      executionId: 'exec-1',
    });

    // Assess
    expect(dynamo).toHaveReceivedCommandWith(PutCommand, {
      TableName: 'ret',
      Item: expect.objectContaining({ document_key: 'archives/a.pdf', grs_schedule: '2.1', expires_at: 1_891_123_200 }),
    });
  });
});

describe('OpenSearch index', () => {
  const options = (responses: Response[]) => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fake = async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} });
      return responses.shift() ?? new Response('', { status: 200 });
    };
    return {
      calls,
      index: createOpenSearchIndex({
        endpoint: 'https://abc.eu-west-1.aoss.amazonaws.com',
        index: 'government-archives',
        service: 'aoss',
        region: 'eu-west-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' },
        fetch: fake as typeof fetch,
        sleep: async () => {},
      }),
    };
  };

  it('PUTs the document under its id, signed with SigV4 for the service', async () => {
    // Prepare
    const { index, calls } = options([]);

    // Act
    await index.put('archives_a.pdf-1234abcd', DOCUMENT);

    // Assess
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(
      'https://abc.eu-west-1.aoss.amazonaws.com/government-archives/_doc/archives_a.pdf-1234abcd',
    );
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/aoss\/aws4_request/,
    );
    expect(headers['x-amz-security-token']).toBe('token');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(DOCUMENT);
  });

  it('retries throttling, then gives up with a SearchIndexError naming the status', async () => {
    // Prepare
    const { index, calls } = options([
      new Response('slow down', { status: 429 }),
      new Response('busy', { status: 503 }),
      new Response('still busy', { status: 503 }),
    ]);

    // Act / Assess
    await expect(index.put('id', DOCUMENT)).rejects.toMatchObject({
      name: 'SearchIndexError',
      message: expect.stringContaining('HTTP 503 still busy'),
    });
    expect(calls).toHaveLength(3);
  });

  it('does not retry a refusal', async () => {
    // Prepare
    const { index, calls } = options([new Response('forbidden', { status: 403 })]);

    // Act / Assess
    await expect(index.put('id', DOCUMENT)).rejects.toMatchObject({ name: 'SearchIndexError' });
    expect(calls).toHaveLength(1);
  });
});
