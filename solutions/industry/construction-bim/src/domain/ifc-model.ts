/**
 * What this pattern learns from an IFC file, streamed: the header, counts by entity type, building storeys (name,
 * elevation) with the elements and spaces they contain, door widths and the length unit. Memory holds counts and, per
 * tracked element (walls, doors, stairs...), its id and category: bounded by {@link MAX_TRACKED_ELEMENTS}.
 */
import { IfcSchemaError } from '../errors';
import type { StepValue, StepVisitor } from './step-parser';

/** The element categories counted per storey. */
export const CATEGORIES = ['wall', 'slab', 'door', 'window', 'stair', 'column', 'beam', 'ramp', 'roof', 'railing'];
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_OF: Record<string, Category> = {};
for (const [category, types] of Object.entries({
  wall: ['IFCWALL', 'IFCWALLSTANDARDCASE', 'IFCWALLELEMENTEDCASE', 'IFCCURTAINWALL'],
  slab: ['IFCSLAB', 'IFCSLABSTANDARDCASE', 'IFCSLABELEMENTEDCASE'],
  door: ['IFCDOOR', 'IFCDOORSTANDARDCASE'],
  window: ['IFCWINDOW', 'IFCWINDOWSTANDARDCASE'],
  stair: ['IFCSTAIR', 'IFCSTAIRFLIGHT'],
  column: ['IFCCOLUMN', 'IFCCOLUMNSTANDARDCASE'],
  beam: ['IFCBEAM', 'IFCBEAMSTANDARDCASE'],
  ramp: ['IFCRAMP', 'IFCRAMPFLIGHT'],
  roof: ['IFCROOF'],
  railing: ['IFCRAILING'],
})) {
  for (const type of types) CATEGORY_OF[type] = category;
}

/** Schemas read: FILE_SCHEMA's first name, normalised (IFC4X3_ADD2 reads as IFC4X3). */
export const SCHEMAS = ['IFC2X3', 'IFC4', 'IFC4X3'] as const;
export type IfcSchema = (typeof SCHEMAS)[number];

/** Tracked elements (ids kept for the storey counts) and distinct entity types counted by name. */
export const MAX_TRACKED_ELEMENTS = 2_000_000;
export const MAX_TYPES = 2000;
export const MAX_STOREYS = 500;

/** A building storey and what it contains. */
export interface StoreyFacts {
  id: number;
  name: string;
  /** In the model's length unit, as written (null when absent). */
  elevation: number | null;
  elements: Partial<Record<Category, number>>;
  spaces: number;
  /** Door widths found on this storey, in millimetres. */
  doorWidthsMm: number[];
}

/** The header of the file. */
export interface IfcHeader {
  description: string[];
  name: string;
  timeStamp: string;
  originatingSystem: string;
  schemaId: string;
}

/** The facts of one IFC file. */
export interface IfcFacts {
  schema: IfcSchema;
  header: IfcHeader;
  instances: number;
  counts: Record<string, number>;
  /** Instances of types beyond {@link MAX_TYPES} distinct ones. */
  otherTypeInstances: number;
  elements: Partial<Record<Category, number>>;
  storeys: StoreyFacts[];
  spaces: number;
  /** Millimetres per model length unit (IfcSIUnit LENGTHUNIT; 1000 when absent, metres). */
  lengthUnitMm: number;
  /** True when a cap cut the storey facts short (more tracked elements or storeys than kept). */
  capped: boolean;
}

const PREFIX_MM: Record<string, number> = { MILLI: 1, CENTI: 10, DECI: 100, KILO: 1_000_000 };
const str = (value: StepValue | undefined) => (typeof value === 'string' ? value : '');
const refOf = (value: StepValue | undefined) =>
  value !== null && typeof value === 'object' && 'ref' in value ? value.ref : undefined;
const enumOf = (value: StepValue | undefined) =>
  value !== null && typeof value === 'object' && 'enum' in value ? value.enum : undefined;
const refsOf = (value: StepValue | undefined) =>
  Array.isArray(value) ? value.map(refOf).filter((id): id is number => id !== undefined) : [];

function schemaOf(id: string, offset: number): IfcSchema {
  const upper = id.toUpperCase();
  const schema = [...SCHEMAS].reverse().find((name) => upper === name || upper.startsWith(`${name}_`));
  if (schema === undefined) {
    throw new IfcSchemaError(`IFC: FILE_SCHEMA "${id}" at byte ${offset} is not one of ${SCHEMAS.join(', ')}`);
  }
  return schema;
}

/** Collects {@link IfcFacts} as the parser reports instances. */
export class IfcCollector implements StepVisitor {
  private readonly head: IfcHeader = { description: [], name: '', timeStamp: '', originatingSystem: '', schemaId: '' };
  private schema: IfcSchema | undefined;
  private readonly counts = new Map<string, number>();
  private otherTypeInstances = 0;
  private instances = 0;
  private readonly category = new Map<number, Category>();
  private readonly doorWidth = new Map<number, number>();
  private readonly storeys = new Map<number, StoreyFacts>();
  private readonly contained: Array<[number, number[]]> = [];
  private readonly aggregated: Array<[number, number[]]> = [];
  private readonly spaceIds = new Set<number>();
  private lengthUnitMm = 1000;
  private capped = false;

  header(name: string, attributes: StepValue[], offset: number): void {
    if (name === 'FILE_DESCRIPTION') this.head.description = (attributes[0] as StepValue[] | undefined)?.map(str) ?? [];
    if (name === 'FILE_NAME') {
      this.head.name = str(attributes[0]);
      this.head.timeStamp = str(attributes[1]);
      this.head.originatingSystem = str(attributes[5]);
    }
    if (name === 'FILE_SCHEMA') {
      const id = str((attributes[0] as StepValue[] | undefined)?.[0]);
      this.head.schemaId = id;
      this.schema = schemaOf(id, offset);
    }
  }

  headerEnd(offset: number): void {
    if (this.schema === undefined)
      throw new IfcSchemaError(`IFC: no FILE_SCHEMA in the HEADER section (byte ${offset})`);
  }

  wants(type: string): boolean {
    return WANTED.has(type);
  }

  instance(id: number, type: string, attributes: StepValue[] | undefined): void {
    this.instances += 1;
    const known = this.counts.get(type);
    if (known !== undefined) this.counts.set(type, known + 1);
    else if (this.counts.size < MAX_TYPES) this.counts.set(type, 1);
    else this.otherTypeInstances += 1;
    const category = CATEGORY_OF[type];
    if (category !== undefined) {
      if (this.category.size < MAX_TRACKED_ELEMENTS) this.category.set(id, category);
      else this.capped = true;
    }
    if (attributes !== undefined) this.attributes(id, type, attributes);
  }

  private attributes(id: number, type: string, a: StepValue[]): void {
    if (type === 'IFCBUILDINGSTOREY') {
      if (this.storeys.size >= MAX_STOREYS) this.capped = true;
      else {
        const elevation = typeof a[9] === 'number' ? a[9] : null;
        this.storeys.set(id, { id, name: str(a[2]), elevation, elements: {}, spaces: 0, doorWidthsMm: [] });
      }
    } else if (type === 'IFCDOOR' || type === 'IFCDOORSTANDARDCASE') {
      if (typeof a[9] === 'number' && this.doorWidth.size < MAX_TRACKED_ELEMENTS) this.doorWidth.set(id, a[9]);
    } else if (type === 'IFCSPACE' && this.spaceIds.size < MAX_TRACKED_ELEMENTS) this.spaceIds.add(id);
    else if (type === 'IFCRELCONTAINEDINSPATIALSTRUCTURE') {
      const storey = refOf(a[5]);
      if (storey !== undefined) this.contained.push([storey, refsOf(a[4])]);
    } else if (type === 'IFCRELAGGREGATES') {
      const whole = refOf(a[4]);
      if (whole !== undefined) this.aggregated.push([whole, refsOf(a[5])]);
    } else if (type === 'IFCSIUNIT' && enumOf(a[1]) === 'LENGTHUNIT' && enumOf(a[3]) === 'METRE') {
      const prefix = enumOf(a[2]);
      this.lengthUnitMm = prefix === undefined ? 1000 : (PREFIX_MM[prefix] ?? 1000);
    }
  }

  /** The facts, once the parser finished. */
  facts(): IfcFacts {
    const elements: Partial<Record<Category, number>> = {};
    for (const category of this.category.values()) elements[category] = (elements[category] ?? 0) + 1;
    for (const [storeyId, ids] of this.contained) {
      const storey = this.storeys.get(storeyId);
      if (storey === undefined) continue;
      for (const id of ids) {
        const category = this.category.get(id);
        if (category === undefined) continue;
        storey.elements[category] = (storey.elements[category] ?? 0) + 1;
        const width = this.doorWidth.get(id);
        if (width !== undefined) storey.doorWidthsMm.push(Math.round(width * this.lengthUnitMm));
      }
    }
    for (const [whole, parts] of this.aggregated) {
      const storey = this.storeys.get(whole);
      if (storey !== undefined) storey.spaces += parts.filter((id) => this.spaceIds.has(id)).length;
    }
    const counts = Object.fromEntries([...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
      schema: this.schema as IfcSchema,
      header: this.head,
      instances: this.instances,
      counts,
      otherTypeInstances: this.otherTypeInstances,
      elements,
      storeys: [...this.storeys.values()].sort((a, b) => (a.elevation ?? 0) - (b.elevation ?? 0) || a.id - b.id),
      spaces: this.spaceIds.size,
      lengthUnitMm: this.lengthUnitMm,
      capped: this.capped,
    };
  }
}

const WANTED = new Set([
  'IFCBUILDINGSTOREY',
  'IFCDOOR',
  'IFCDOORSTANDARDCASE',
  'IFCSPACE',
  'IFCRELCONTAINEDINSPATIALSTRUCTURE',
  'IFCRELAGGREGATES',
  'IFCSIUNIT',
]);
