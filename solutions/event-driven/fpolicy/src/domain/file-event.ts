/** The event schema every consumer of the bus sees in `detail`, and its validation. */
import { FileEventError } from '../errors';

/** File operations the pattern reports. */
export const OPERATION_TYPES = ['create', 'write', 'delete', 'rename'] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

/** Longest `file_path` / `previous_path` accepted. */
export const MAX_PATH_LENGTH = 4096;

/** One file operation on the ONTAP volume, with paths as access point keys. */
export interface FileEvent {
  /** UUID given by the FPolicy server when it read the notification. */
  event_id: string;
  operation_type: OperationType;
  /** Access point key of the file (the volume segment dropped, `/` separators). */
  file_path: string;
  volume_name: string;
  svm_name: string;
  /** ISO 8601 time of the operation (ONTAP's, or when the server read it). */
  timestamp: string;
  /** Bytes, when ONTAP reported a size; 0 otherwise. */
  file_size: number;
  client_ip?: string;
  /** The key before a rename; required for `rename`. */
  previous_path?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(record: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const value = record[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '') throw new FileEventError(`${name} must be a non-empty string`);
  return value;
}

function path(record: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const value = text(record, name, required);
  if (value !== undefined && value.length > MAX_PATH_LENGTH) {
    throw new FileEventError(`${name} is ${value.length} characters long; at most ${MAX_PATH_LENGTH} are allowed`);
  }
  if (value?.split(/[/\\]/).some((segment) => segment === '.' || segment === '..')) {
    throw new FileEventError(`${name} "${value}" has a "." or ".." segment`);
  }
  return value;
}

/** Validates `value` against the schema; throws FileEventError naming the first offending field. */
export function parseFileEvent(value: unknown): FileEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FileEventError('file event must be a JSON object');
  }
  const record = value as Record<string, unknown>;
  const eventId = text(record, 'event_id', true) as string;
  if (!UUID.test(eventId)) throw new FileEventError(`event_id "${eventId}" is not a UUID`);
  const operation = text(record, 'operation_type', true) as string;
  if (!(OPERATION_TYPES as readonly string[]).includes(operation)) {
    throw new FileEventError(`operation_type "${operation}" is not one of ${OPERATION_TYPES.join(', ')}`);
  }
  const timestamp = text(record, 'timestamp', true) as string;
  if (Number.isNaN(Date.parse(timestamp))) throw new FileEventError(`timestamp "${timestamp}" is not a date`);
  const size = record.file_size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    throw new FileEventError('file_size must be a non-negative integer');
  }
  const event: FileEvent = {
    event_id: eventId,
    operation_type: operation as OperationType,
    file_path: path(record, 'file_path', true) as string,
    volume_name: text(record, 'volume_name', true) as string,
    svm_name: text(record, 'svm_name', true) as string,
    timestamp,
    file_size: size,
  };
  const clientIp = text(record, 'client_ip', false);
  if (clientIp !== undefined) event.client_ip = clientIp;
  const previous = path(record, 'previous_path', operation === 'rename');
  if (previous !== undefined) event.previous_path = previous;
  return event;
}
