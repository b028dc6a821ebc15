/** Port: the open FOIA requests (FoiaRequestTable, read through its StatusIndex). */
import type { FoiaRequest } from './foia';

/** The status of a request still waiting for an answer. */
export const OPEN_STATUS = 'OPEN';

export interface FoiaRequestStore {
  /** Every request whose status is `status`. */
  byStatus(status: string): Promise<FoiaRequest[]>;
}
