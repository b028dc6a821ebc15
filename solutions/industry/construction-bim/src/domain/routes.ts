/** The two Parallel branches: IFC models and Revit files to the BIM branch, drawing PDFs to the drawings branch. */
import type { Routes } from '@fsxn-s3ap/shared/workflow';

/** Route names, as the state machine reads them (`$.discovery.routes.<name>`). */
export const Route = { Bim: 'bim', Drawings: 'drawings' } as const;

/** Which keys each branch takes, by suffix (any case). */
export const ROUTES: Routes = {
  [Route.Bim]: { suffixes: ['.ifc', '.rvt'] },
  [Route.Drawings]: { suffixes: ['.pdf'] },
};
