/** A template value the local runtime cannot resolve (unknown parameter, resource, attribute or intrinsic). */
export class IntrinsicError extends Error {
  override readonly name = 'IntrinsicError';
}

/** A pattern the local runtime cannot run as written (no template, no state machine, unsupported feature). */
export class LocalRunError extends Error {
  override readonly name = 'LocalRunError';
}

/** A Task or state feature the local runtime cannot execute; the message names the state. */
export class UnsupportedStateError extends Error {
  override readonly name = 'States.Runtime';
  constructor(
    readonly stateName: string,
    reason: string,
  ) {
    super(`state "${stateName}": ${reason}`);
  }
}

/** An error raised by a local Task with the name Step Functions would report (`ErrorEquals` matches it). */
export class TaskError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}
