/**
 * The two Parallel branches of a run, by folder: reservation documents to the extraction branch, facility
 * inspection photos to the inspection branch. Discovery lists once and writes one manifest per route.
 */
import type { Routes } from '@fsxn-s3ap/shared/workflow';

/** Route names, as the state machine reads them (`$.discovery.routes.<name>`). */
export const Route = { Reservations: 'reservations', Inspections: 'inspections' } as const;

/** Which keys each branch takes: prefix (relative to INPUT_PREFIX) and suffix, any case. */
export const ROUTES: Routes = {
  [Route.Reservations]: {
    prefixes: ['reservations/'],
    suffixes: ['.pdf', '.eml', '.png', '.jpg', '.jpeg', '.tif', '.tiff'],
  },
  [Route.Inspections]: { prefixes: ['facility-inspections/'], suffixes: ['.jpg', '.jpeg', '.png'] },
};
