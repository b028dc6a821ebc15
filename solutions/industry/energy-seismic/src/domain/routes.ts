/**
 * The two Parallel branches of a run: SEG-Y files to the seismic Distributed Map, LAS and CSV well logs to the
 * well-log one. Discovery lists once and writes one manifest per route.
 */
import type { Routes } from '@fsxn-s3ap/shared/workflow';

/** Route names, as the state machine reads them (`$.discovery.routes.<name>`). */
export const Route = { Seismic: 'seismic', WellLogs: 'welllogs' } as const;

/** Which keys each branch takes, by suffix (any case). */
export const ROUTES: Routes = {
  [Route.Seismic]: { suffixes: ['.segy', '.sgy'] },
  [Route.WellLogs]: { suffixes: ['.las', '.csv'] },
};
