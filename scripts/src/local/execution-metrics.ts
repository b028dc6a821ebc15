import type { HistoryEvent } from './history-event';

/** Size figures of one execution, for `make bench` and the 25,000-event / 256 KB service limits. */
export interface ExecutionMetrics {
  /** Events of the execution's own history (the interpreter's events; child executions keep their own). */
  historyEvents: number;
  /** Bytes (UTF-8 JSON) of the largest input or output a state or the execution received or returned. */
  largestPayloadBytes: number;
}

function payloadsOf(event: HistoryEvent): unknown[] {
  const state = event.state as { input?: unknown; output?: unknown } | undefined;
  return [event.input, event.output, state?.input, state?.output].filter((value) => value !== undefined);
}

/** Counts the events of a history and measures its largest payload. */
export function executionMetrics(history: readonly HistoryEvent[]): ExecutionMetrics {
  let largest = 0;
  for (const event of history) {
    for (const payload of payloadsOf(event)) {
      largest = Math.max(largest, Buffer.byteLength(JSON.stringify(payload) ?? '', 'utf8'));
    }
  }
  return { historyEvents: history.length, largestPayloadBytes: largest };
}
