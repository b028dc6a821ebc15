import type { ProgressSink } from './progress';

/** A stream the progress goes to (stdout, or stderr with JSON=1). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Progress lines on `stream`: appended one per line; on a terminal a Map's progress line is redrawn in place (the
 * next line starts below it). `end` finishes a line left open by a redraw.
 */
export function consoleSink(stream: ProgressStream): ProgressSink & { end(): void } {
  let open = false;
  const close = () => {
    if (open) stream.write('\n');
    open = false;
  };
  const sink: ProgressSink & { end(): void } = {
    write: (line) => {
      close();
      stream.write(`${line}\n`);
    },
    end: close,
  };
  if (stream.isTTY) {
    sink.redraw = (line) => {
      stream.write(`\r\u001b[2K${line}`);
      open = true;
    };
  }
  return sink;
}
