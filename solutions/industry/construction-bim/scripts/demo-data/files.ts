/**
 * The demo files, by path under demo-data/: two versions of one IFC4 model (the second diffs against the first),
 * an IFC2X3 annex that breaks egress and structural rules, a truncated IFC file, one with a schema this pattern does
 * not read, a Revit file (signature only) and two drawing PDFs with text layers, one naming asbestos.
 */
import { pdfDocument } from '@fsxn-s3ap/tools/demo-files';
import { type BuildingSpec, buildingIfc, type StoreySpec } from './building';

const storey = (name: string, elevation: number, over: Partial<StoreySpec> = {}): StoreySpec => ({
  name,
  elevation,
  walls: 4,
  slabs: 1,
  doors: [900, 1000],
  windows: 3,
  stairs: 1,
  columns: 4,
  beams: 2,
  spaces: 2,
  ...over,
});

/** Tower A, first issue: two storeys, every rule satisfied. */
export const TOWER_V1: BuildingSpec = {
  name: 'tower-a.ifc',
  timeStamp: '2026-01-10T09:00:00',
  schema: 'IFC4',
  storeys: [storey('Level 1', 0), storey('Level 2 \u00e9tage', 3500)],
};

/** Tower A, second issue: more walls and windows, one beam fewer, a 700 mm door on level 2. */
export const TOWER_V2: BuildingSpec = {
  ...TOWER_V1,
  timeStamp: '2026-02-10T09:00:00',
  storeys: [
    storey('Level 1', 0, { walls: 6, windows: 5 }),
    storey('Level 2 \u00e9tage', 3500, { doors: [900, 700], beams: 1 }),
  ],
};

/** The annex (IFC2X3): its upper storey has no stair and no column or beam. */
export const ANNEX: BuildingSpec = {
  name: "annex 'B'.ifc",
  timeStamp: '2025-11-03T14:30:00',
  schema: 'IFC2X3',
  storeys: [storey('Ground', 0, { spaces: 1 }), storey('Mezzanine', 2800, { stairs: 0, columns: 0, beams: 0, spaces: 1 })],
};

const text = (value: string) => new TextEncoder().encode(value);

/** Every demo file. */
export async function demoFiles(): Promise<Record<string, Uint8Array>> {
  const tower1 = buildingIfc(TOWER_V1);
  const cut = tower1.indexOf('IFCRELCONTAINEDINSPATIALSTRUCTURE');
  const truncated = tower1.slice(0, cut + 40);
  const unknownSchema = buildingIfc({ ...TOWER_V1, name: 'legacy.ifc' }).replace("FILE_SCHEMA(('IFC4'))", "FILE_SCHEMA(('IFC4X1'))");
  const rvt = new Uint8Array(512);
  rvt.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  rvt.set(text('Revit demo placeholder: a compound file header only'), 64);
  return {
    'models/tower-a_v1.ifc': text(tower1),
    'models/tower-a_v2.ifc': text(buildingIfc(TOWER_V2)),
    'models/annex-b.ifc': text(buildingIfc(ANNEX)),
    'models/tower-c-truncated.ifc': text(truncated),
    'models/legacy-ifc4x1.ifc': text(unknownSchema),
    'models/site-office.rvt': rvt,
    'drawings/floor-plan-level-1.pdf': await pdfDocument({
      title: 'Tower A floor plan, level 1',
      pages: [
        {
          lines: [
            'TOWER A - FLOOR PLAN LEVEL 1',
            'Drawing no: A-101   Revision: C',
            'Exit doors: D1, D2 (clear width 900 mm)',
            'Stair S1 serves levels 1 and 2.',
          ],
        },
      ],
      tables: [{ rows: [['Door', 'Width mm', 'Fire rating'], ['D1', '900', '60 min'], ['D2', '1000', '60 min']] }],
    }),
    'drawings/demolition-survey.pdf': await pdfDocument({
      title: 'Annex B demolition survey',
      pages: [
        {
          lines: [
            'ANNEX B - PRE-DEMOLITION SURVEY',
            'Ceiling tiles in the mezzanine contain asbestos (sample 4, chrysotile).',
            'Remove under licence before strip-out.',
          ],
        },
      ],
    }),
  };
}
