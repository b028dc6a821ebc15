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
 * The objects the service writes for a map run: `SUCCEEDED_0.json` and `FAILED_0.json` (JSON arrays, only when not
 * empty) and `manifest.json` listing them with their sizes. Locally each status fits in one file.
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
    if (entries.length === 0) continue;
    const body = JSON.stringify(entries);
    const key = `${base}${status}_0.json`;
    objects.push({ key, body });
    files[status].push({ Key: key, Size: Buffer.byteLength(body, 'utf8') });
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
