/** In-memory stand-ins for the ports the handlers use. */
import { Readable } from 'node:stream';
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { Notifier } from '../../src/domain/write-report';

/** An OutputWriter keeping every object in `objects`. */
export function createMemoryOutput(): OutputWriter & { objects: Map<string, string> } {
  const objects = new Map<string, string>();
  const put = async (key: string, text: string) => {
    objects.set(key, text);
    return key;
  };
  return {
    destination: 'STANDARD_S3',
    bucket: 'output-bucket',
    prefix: '',
    objects,
    putJson: (key, value) => put(key, JSON.stringify(value)),
    putText: (key, text) => put(key, text),
    putBytes: (key, body) => put(key, Buffer.from(body).toString('latin1')),
    async getJson<T>(key: string): Promise<T> {
      const text = objects.get(key);
      if (text === undefined) throw new ObjectNotFoundError(`${key} does not exist`);
      return JSON.parse(text) as T;
    },
  };
}

/** An input reader serving `files` (key -> content), streamed in chunks of `chunkSize` bytes. */
export function createMemoryInput(files: Record<string, string | Uint8Array>, chunkSize = 7) {
  return {
    async getStream(key: string): Promise<Readable> {
      const content = files[key];
      if (content === undefined) throw new ObjectNotFoundError(`s3://input/${key} does not exist`);
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
      const chunks: Buffer[] = [];
      for (let start = 0; start < bytes.length; start += chunkSize)
        chunks.push(bytes.subarray(start, start + chunkSize));
      return Readable.from(chunks);
    },
  };
}

/** A Notifier recording what it was asked to publish. */
export function createRecordingNotifier(): Notifier & { published: { subject: string; message: string }[] } {
  const published: { subject: string; message: string }[] = [];
  return {
    published,
    async publish(subject, message) {
      published.push({ subject, message });
    },
  };
}

/** The fixed clock of the tests. */
export const FIXED_NOW = new Date('2025-01-15T09:30:00.000Z');

/** An FPolicy bus event as the rule delivers it; `detail` fields are overridden (undefined removes one). */
export function fpolicyEvent(
  detail: Record<string, unknown> = {},
): { detail: Record<string, unknown> } & Record<string, unknown> {
  return {
    version: '0',
    id: '6f1c2b9e-4d8a-4e52-9a0c-3b7d5e1f2a84',
    'detail-type': 'FPolicy File Operation',
    source: 'fsxn.fpolicy',
    account: '123456789012',
    time: '2025-01-15T09:30:00Z',
    region: 'us-east-1',
    resources: [],
    detail: {
      event_id: '0b8e6f6a-2f4c-4c1e-8d7a-5e9b3c2d1a70',
      operation_type: 'write',
      file_path: 'share/a.txt',
      volume_name: 'vol1',
      svm_name: 'svm1',
      timestamp: '2025-01-15T09:29:58Z',
      file_size: 42,
      ...detail,
    },
  };
}
