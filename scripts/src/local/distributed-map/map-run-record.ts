/** What one Distributed Map run did, for the run result and `make bench`. */
export interface MapRunRecord {
  stateName: string;
  mapRunArn: string;
  status: 'SUCCEEDED' | 'FAILED';
  items: number;
  childExecutions: number;
  failedExecutions: number;
  failedItems: number;
  /** Largest history among the child executions (each child keeps its own). */
  maxChildHistoryEvents: number;
  largestChildPayloadBytes: number;
}
