/**
 * A small building as IFC instances: storeys with walls, slabs, doors, windows, stairs, columns and beams, spaces
 * aggregated into storeys and elements contained in them, a millimetre length unit. Deterministic.
 */
import { STEP_FOOTER, type StepArg, stepHeader, stepInstance } from './step-writer';

/** What one storey holds. */
export interface StoreySpec {
  name: string;
  elevation: number;
  walls: number;
  slabs: number;
  doors: number[];
  windows: number;
  stairs: number;
  columns: number;
  beams: number;
  spaces: number;
}

/** A whole model. */
export interface BuildingSpec {
  name: string;
  timeStamp: string;
  schema: 'IFC2X3' | 'IFC4' | 'IFC4X3';
  storeys: StoreySpec[];
}

const guid = (id: number) => `0${id.toString(36).padStart(21, '0')}`;

/** The IFC text of a building. */
export function buildingIfc(spec: BuildingSpec): string {
  const lines: string[] = [stepHeader({ name: spec.name, timeStamp: spec.timeStamp, schema: spec.schema })];
  let next = 1;
  const add = (type: string, args: StepArg[]) => {
    const id = next++;
    lines.push(stepInstance(id, type, args));
    return id;
  };
  const unit = add('IFCSIUNIT', [null, { enum: 'LENGTHUNIT' }, { enum: 'MILLI' }, { enum: 'METRE' }]);
  add('IFCUNITASSIGNMENT', [[{ ref: unit }]]);
  const point = add('IFCCARTESIANPOINT', [[0, 0, 0]]);
  const placement = add('IFCAXIS2PLACEMENT3D', [{ ref: point }, null, null]);
  const building = add('IFCBUILDING', [guid(next), null, 'Building', null, null, null, null, null, { enum: 'ELEMENT' }, null, null, null]);
  const storeyIds: number[] = [];
  const element = (type: string, name: string, extra: StepArg[] = []) =>
    add(type, [guid(next), null, name, null, null, { ref: placement }, null, null, ...extra]);
  for (const storey of spec.storeys) {
    const id = add('IFCBUILDINGSTOREY', [guid(next), null, storey.name, null, null, { ref: placement }, null, null, { enum: 'ELEMENT' }, storey.elevation]);
    storeyIds.push(id);
    const contained: number[] = [];
    const many = (count: number, type: string, label: string) => {
      for (let i = 0; i < count; i++) contained.push(element(type, `${label} ${i + 1}`));
    };
    many(storey.walls, spec.schema === 'IFC2X3' ? 'IFCWALLSTANDARDCASE' : 'IFCWALL', 'Wall');
    many(storey.slabs, 'IFCSLAB', 'Slab');
    storey.doors.forEach((width, i) => {
      contained.push(element('IFCDOOR', `Door ${i + 1}`, [2100, width]));
    });
    for (let i = 0; i < storey.windows; i++) contained.push(element('IFCWINDOW', `Window ${i + 1}`, [1200, 1000]));
    many(storey.stairs, 'IFCSTAIR', 'Stair');
    many(storey.columns, 'IFCCOLUMN', 'Column');
    many(storey.beams, 'IFCBEAM', 'Beam');
    const spaces: number[] = [];
    for (let i = 0; i < storey.spaces; i++) {
      spaces.push(add('IFCSPACE', [guid(next), null, `${storey.name} room ${i + 1}`, null, null, { ref: placement }, null, null, { enum: 'ELEMENT' }, { enum: 'INTERNAL' }, null]));
    }
    add('IFCRELCONTAINEDINSPATIALSTRUCTURE', [guid(next), null, null, null, contained.map((ref) => ({ ref })), { ref: id }]);
    if (spaces.length > 0) add('IFCRELAGGREGATES', [guid(next), null, null, null, { ref: id }, spaces.map((ref) => ({ ref }))]);
  }
  add('IFCRELAGGREGATES', [guid(next), null, null, null, { ref: building }, storeyIds.map((ref) => ({ ref }))]);
  return `${lines.join('\n')}\n${STEP_FOOTER}`;
}
