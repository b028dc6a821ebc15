import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { TaskError } from '../errors';

/** One child execution as the service lists it in `SUCCEEDED_<n>.json` / `FAILED_<n>.json`. */
export interface ChildResult {
  ExecutionArn: string;
  Input: string;
  InputDetails: { Included: boolean };
  Name: string;
  Output?: string;
  OutputDetails?: { Included: boolean };
  Error?: string;
  Cause?: string;
  RedriveCount: number;
  RedriveStatus: string;
  RedriveStatusReason: string;
  StartDate: string;
  StateMachineArn: string;
  Status: 'SUCCEEDED' | 'FAILED';
  StopDate: string;
}

/** The `manifest.json` the service writes beside the result files. */
export interface ResultManifest {
  DestinationBucket: string;
  MapRunArn: string;
  ResultFiles: Record<'FAILED' | 'PENDING' | 'SUCCEEDED', { Key: string; Size: number }[]>;
}

/** One object to write. */
export interface ResultObject {
  key: string;
  body: string;
}

/** The key prefix of a map run's results: `<Prefix>/<map run id>/` (no doubled slash, no leading one). */
export function resultPrefix(prefix: string, mapRunId: string): string {
  const trimmed = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  return trimmed === '' ? `${mapRunId}/` : `${trimmed}/${mapRunId}/`;
}

/**
 * Largest result file the local runtime writes. The service splits result files at 5 GB; the S3 emulator takes
 * bodies up to 11 MiB, so locally a large map run's results are split sooner (`SUCCEEDED_0.json`,
 * `SUCCEEDED_1.json`, ...), in the same layout.
 */
export const MAX_RESULT_FILE_BYTES = 8 * 1024 * 1024;

/** `entries` as JSON arrays of at most `maxBytes` each (an entry larger than that gets a file of its own). */
export function splitResults(entries: readonly ChildResult[], maxBytes = MAX_RESULT_FILE_BYTES): string[] {
  const files: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    const bytes = Buffer.byteLength(json, 'utf8') + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      files.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(json);
    size += bytes;
  }
  if (current.length > 0) files.push(`[${current.join(',')}]`);
  return files;
}

/**
 * The objects the service writes for a map run: `SUCCEEDED_<n>.json` and `FAILED_<n>.json` (JSON arrays, only when
 * not empty, split at {@link MAX_RESULT_FILE_BYTES}) and `manifest.json` listing them with their sizes.
 */
export function layoutResults(options: {
  bucket: string;
  prefix: string;
  mapRunId: string;
  mapRunArn: string;
  results: readonly ChildResult[];
}): { objects: ResultObject[]; manifestKey: string } {
  const base = resultPrefix(options.prefix, options.mapRunId);
  const files: ResultManifest['ResultFiles'] = { FAILED: [], PENDING: [], SUCCEEDED: [] };
  const objects: ResultObject[] = [];
  for (const status of ['SUCCEEDED', 'FAILED'] as const) {
    const entries = options.results.filter((result) => result.Status === status);
    splitResults(entries).forEach((body, index) => {
      const key = `${base}${status}_${index}.json`;
      objects.push({ key, body });
      files[status].push({ Key: key, Size: Buffer.byteLength(body, 'utf8') });
    });
  }
  const manifest: ResultManifest = {
    DestinationBucket: options.bucket,
    MapRunArn: options.mapRunArn,
    ResultFiles: files,
  };
  const manifestKey = `${base}manifest.json`;
  objects.push({ key: manifestKey, body: JSON.stringify(manifest) });
  return { objects, manifestKey };
}

/** Writes the layout to the S3 emulator; a failed write is `States.ResultWriterFailed`. */
export async function writeResults(
  s3: S3Client | undefined,
  bucket: string,
  objects: readonly ResultObject[],
): Promise<void> {
  if (!s3) throw new TaskError('States.ResultWriterFailed', 'the template declares no S3 resource');
  for (const object of objects) {
    await s3
      .send(
        new PutObjectCommand({ Bucket: bucket, Key: object.key, Body: object.body, ContentType: 'application/json' }),
      )
      .catch((error: Error) => {
        throw new TaskError('States.ResultWriterFailed', `s3:putObject s3://${bucket}/${object.key}: ${error.name}`);
      });
  }
}
