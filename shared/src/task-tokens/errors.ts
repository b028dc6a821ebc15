/** Errors of the task-token store; `name` is what a state machine's ErrorEquals matches. */
import { FsxnError } from '../errors';

/** Error names of this module. */
export const TaskTokenErrorName = {
  CorrelationIdCollisionError: 'CorrelationIdCollisionError',
  TaskTokenTooLongError: 'TaskTokenTooLongError',
} as const;

/** Every generated correlation id was already taken (after the allowed retries). */
export class CorrelationIdCollisionError extends FsxnError {
  override name: string = TaskTokenErrorName.CorrelationIdCollisionError;
}

/** Direct mode cannot put the token in a job tag: it is longer than a tag value may be. */
export class TaskTokenTooLongError extends FsxnError {
  override name: string = TaskTokenErrorName.TaskTokenTooLongError;
}
