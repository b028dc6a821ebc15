/** One event of a local execution's history, as the interpreter reports it. */
export type HistoryEvent = { type: string; timestamp: number; [key: string]: unknown };
