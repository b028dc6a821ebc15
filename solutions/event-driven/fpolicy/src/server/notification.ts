/** NOTI_REQ / SCREEN_REQ body -> FileEvent. Element names follow what ONTAP sends, with the known aliases. */
import { randomUUID } from 'node:crypto';
import { toAccessPointKey } from '../domain/access-point-key';
import { type FileEvent, type OperationType, parseFileEvent } from '../domain/file-event';
import { FPolicyMessageError } from '../errors';
import { findText, type XmlElement } from './xml';

/** Element names read for each field; the first one present wins. */
export const FIELD_ALIASES = {
  path: ['PathName', 'Path', 'FileName', 'Name'],
  newPath: ['NewPathName', 'NewPath', 'NewFileName'],
  operation: ['FileOp', 'OpType', 'Operation'],
  volume: ['VolName', 'VolumeName', 'Volume', 'Vol'],
  svm: ['VsName', 'VserverName', 'Vserver', 'SvmName'],
  clientIp: ['ClientIp', 'ClientIP', 'SourceIp', 'SourceIP'],
  size: ['FileSize', 'Size'],
  time: ['TimeStamp', 'Timestamp', 'Time'],
} as const;

/** ONTAP operation names -> schema operation (open of a new file is a create; close/setattr after writing a write). */
const OPERATIONS: Readonly<Record<string, OperationType>> = {
  create: 'create',
  open: 'create',
  write: 'write',
  close: 'write',
  setattr: 'write',
  delete: 'delete',
  unlink: 'delete',
  rename: 'rename',
};

/** What the session knows when the body lacks it. */
export interface NotificationContext {
  /** SVM name from the handshake, used when the body names none. */
  svmName?: string;
  now: Date;
  newId?: () => string;
}

function parseTime(value: string | undefined, now: Date): string {
  if (value === undefined) return now.toISOString();
  const numeric = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  // ONTAP may send epoch seconds or an ISO date; seconds are told apart from milliseconds by magnitude.
  const date = Number.isFinite(numeric) ? new Date(numeric < 1e11 ? numeric * 1000 : numeric) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new FPolicyMessageError(`timestamp "${value}" is not a date`);
  return date.toISOString();
}

/** Builds the event of one notification body; throws FPolicyMessageError / FileEventError with the reason. */
export function notificationToEvent(body: XmlElement | undefined, context: NotificationContext): FileEvent {
  if (!body) throw new FPolicyMessageError('notification has no body');
  const rawOperation = findText(body, FIELD_ALIASES.operation);
  const operation = rawOperation ? OPERATIONS[rawOperation.toLowerCase()] : undefined;
  if (!operation) throw new FPolicyMessageError(`operation "${rawOperation ?? ''}" is not create/write/delete/rename`);
  const volume = findText(body, FIELD_ALIASES.volume);
  const svm = findText(body, FIELD_ALIASES.svm) ?? context.svmName;
  const rawPath = findText(body, FIELD_ALIASES.path);
  if (!volume || !svm || !rawPath) throw new FPolicyMessageError('notification lacks the path, volume or SVM name');
  const rawSize = findText(body, FIELD_ALIASES.size);
  if (rawSize !== undefined && !/^\d+$/.test(rawSize))
    throw new FPolicyMessageError(`file size "${rawSize}" is not a number`);
  const newPath = findText(body, FIELD_ALIASES.newPath);
  if (operation === 'rename' && !newPath) throw new FPolicyMessageError('rename notification has no new path');
  const clientIp = findText(body, FIELD_ALIASES.clientIp);
  return parseFileEvent({
    event_id: (context.newId ?? randomUUID)(),
    operation_type: operation,
    file_path: toAccessPointKey(newPath ?? rawPath, volume),
    volume_name: volume,
    svm_name: svm,
    timestamp: parseTime(findText(body, FIELD_ALIASES.time), context.now),
    file_size: rawSize === undefined ? 0 : Number(rawSize),
    ...(clientIp ? { client_ip: clientIp } : {}),
    ...(newPath ? { previous_path: toAccessPointKey(rawPath, volume) } : {}),
  });
}
