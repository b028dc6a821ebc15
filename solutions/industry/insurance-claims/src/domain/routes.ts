/**
 * The two Parallel branches of a run: damage photos (.jpg, .jpeg, .png) to the photo Distributed Map, estimates
 * (.pdf, .tif, .tiff) to the estimate one. Discovery lists once and writes one manifest per route.
 */
import type { Routes } from '@fsxn-s3ap/shared/workflow';

/** Route names, as the state machine reads them (`$.discovery.routes.<name>`). */
export const Route = { Photos: 'photos', Estimates: 'estimates' } as const;

/** Which keys each branch takes, by suffix (any case). */
export const ROUTES: Routes = {
  [Route.Photos]: { suffixes: ['.jpg', '.jpeg', '.png'] },
  [Route.Estimates]: { suffixes: ['.pdf', '.tif', '.tiff'] },
};
