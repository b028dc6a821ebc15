import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { ItemReaderError } from './csv';
import { parseItems, type ReaderConfig } from './item-parser';
import { compileTemplate, type Json, type JsonObject, queryPath, type TemplateContext } from './json-path';

/** The `ItemReader` field of a Distributed Map (JSONPath form; `Arguments` is read like `Parameters`). */
export interface ItemReaderSpec {
  Resource: string;
  Parameters?: JsonObject;
  Arguments?: JsonObject;
  ReaderConfig?: ReaderConfig;
}

/** ItemReader resources the local runtime reads. */
export const READER_RESOURCES = ['arn:aws:states:::s3:getObject', 'arn:aws:states:::s3:listObjectsV2'] as const;

function maxItemsOf(config: ReaderConfig, input: unknown): number {
  const value = config.MaxItemsPath === undefined ? config.MaxItems : queryPath(config.MaxItemsPath, input);
  if (value === undefined || value === 0) return Number.POSITIVE_INFINITY;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ItemReaderError(`MaxItems must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

async function getObjectText(s3: S3Client, bucket: string, key: string): Promise<string> {
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return (await object.Body?.transformToString('utf8')) ?? '';
  } catch (error) {
    throw new ItemReaderError(`s3:getObject s3://${bucket}/${key} failed: ${(error as Error).name}`);
  }
}

async function listObjects(s3: S3Client, bucket: string, prefix: string | undefined, limit: number): Promise<Json[]> {
  const items: Json[] = [];
  let token: string | undefined;
  do {
    const page = await s3
      .send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }))
      .catch((error: Error) => {
        throw new ItemReaderError(`s3:listObjectsV2 s3://${bucket}/${prefix ?? ''} failed: ${error.name}`);
      });
    for (const object of page.Contents ?? []) {
      if (items.length >= limit) return items;
      items.push({
        Etag: object.ETag ?? '',
        Key: object.Key ?? '',
        LastModified: Math.floor((object.LastModified?.getTime() ?? 0) / 1000),
        Size: object.Size ?? 0,
        StorageClass: object.StorageClass ?? 'STANDARD',
      });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return items;
}

/** Reads the items an ItemReader names from the S3 emulator; every failure is `States.ItemReaderFailed`. */
export async function readItems(
  reader: ItemReaderSpec,
  input: unknown,
  context: TemplateContext,
  s3: S3Client | undefined,
): Promise<Json[]> {
  if (!s3) throw new ItemReaderError('the template declares no S3 resource, so no S3 emulator runs');
  const parameters = (await compileTemplate(reader.Parameters ?? reader.Arguments ?? {})(input, context)) as JsonObject;
  const bucket = parameters.Bucket;
  if (typeof bucket !== 'string' || bucket === '') throw new ItemReaderError('ItemReader Parameters need a Bucket');
  const config = reader.ReaderConfig ?? {};
  const limit = maxItemsOf(config, input);
  if (reader.Resource.endsWith(':s3:listObjectsV2')) {
    const prefix = typeof parameters.Prefix === 'string' ? parameters.Prefix : undefined;
    return listObjects(s3, bucket, prefix, limit);
  }
  if (!reader.Resource.endsWith(':s3:getObject')) {
    throw new ItemReaderError(`ItemReader Resource ${reader.Resource} is not supported locally`);
  }
  if (typeof parameters.Key !== 'string' || parameters.Key === '')
    throw new ItemReaderError('ItemReader Parameters need a Key');
  return parseItems(await getObjectText(s3, bucket, parameters.Key), config, limit);
}
