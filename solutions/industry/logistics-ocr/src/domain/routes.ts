/**
 * The two Parallel branches of a run, by prefix (relative to InputPrefix) and suffix: documents under `slips/`
 * (PDF, PNG, JPEG, TIFF) to the slips branch, photos under `inventory/` (JPEG, PNG: what Rekognition reads) to the
 * inventory branch. Anything else is not routed (discovery counts it). Discovery lists once and writes one manifest
 * per route.
 */
import type { Routes } from '@fsxn-s3ap/shared/workflow';

/** Route names, as the state machine reads them (`$.discovery.routes.<name>`). */
export const Route = { Slips: 'slips', Inventory: 'inventory' } as const;

/** Which keys each branch takes. */
export const ROUTES: Routes = {
  [Route.Slips]: { prefixes: ['slips/'], suffixes: ['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'] },
  [Route.Inventory]: { prefixes: ['inventory/'], suffixes: ['.jpg', '.jpeg', '.png'] },
};
