/** Builds a {@link LibraryModel} from records, checking their order; bad input throws `GdsFormatError`. */
import { GdsFormatError } from '../../errors';
import { extendBox } from './geometry';
import type { LibraryModel, Structure } from './library-model';
import { ascii, int16s, int32s, real8s } from './record-data';
import type { GdsRecord } from './record-splitter';
import { ELEMENT_TYPES as ELEMENTS, RecordType, recordName } from './records';

// Local copies: a module namespace read per record costs a getter call where modules are not bundled.
const R = { ...RecordType };
const ELEMENT_TYPES = new Set(ELEMENTS);

interface Element {
  type: number;
  offset: number;
  layer?: number;
  width: number;
  sname?: string;
  colrow?: [number, number];
  xy?: number[];
}

const fail = (record: GdsRecord, what: string) =>
  new GdsFormatError(`${recordName(record.type)} record at offset ${record.offset} ${what}`);

/** A record visitor (for the splitter) and the model it fills; `finish` checks the library ended. */
export function createLibraryBuilder() {
  const model: LibraryModel = {
    name: '',
    version: 0,
    userUnitsPerDbUnit: 0,
    metersPerDbUnit: 0,
    structures: new Map(),
    layers: new Map(),
    bytes: 0,
  };
  let phase: 'start' | 'header' | 'library' | 'ended' = 'start';
  let structure: Structure | undefined;
  let element: Element | undefined;

  const addPlacement = (parent: Structure, name: string, x: number, y: number, instances: number) => {
    const placement = parent.children.get(name);
    if (placement === undefined) {
      parent.children.set(name, { instances, offsets: extendBox(undefined, x, y) });
    } else {
      placement.instances += instances;
      extendBox(placement.offsets, x, y);
    }
  };

  const closeElement = (record: GdsRecord, parent: Structure, el: Element) => {
    const xy = el.xy;
    if (xy === undefined) throw fail(record, `ends a ${recordName(el.type)} (offset ${el.offset}) that has no XY`);
    parent.elements += 1;
    if (el.type === R.SREF || el.type === R.AREF) {
      if (el.sname === undefined) throw fail(record, `ends a ${recordName(el.type)} that has no SNAME`);
      parent.references += 1;
      if (el.type === R.SREF) return addPlacement(parent, el.sname, xy[0] ?? 0, xy[1] ?? 0, 1);
      if (el.colrow === undefined || xy.length < 6) throw fail(record, 'ends an AREF without COLROW and 3 XY points');
      const [cols, rows] = el.colrow;
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0] = xy;
      const cx = ((x1 - x0) / cols) * (cols - 1);
      const cy = ((y1 - y0) / cols) * (cols - 1);
      const rx = ((x2 - x0) / rows) * (rows - 1);
      const ry = ((y2 - y0) / rows) * (rows - 1);
      addPlacement(parent, el.sname, x0, y0, cols * rows);
      addPlacement(parent, el.sname, x0 + cx, y0 + cy, 0);
      addPlacement(parent, el.sname, x0 + rx, y0 + ry, 0);
      return addPlacement(parent, el.sname, x0 + cx + rx, y0 + cy + ry, 0);
    }
    if (el.layer === undefined) throw fail(record, `ends a ${recordName(el.type)} that has no LAYER`);
    model.layers.set(el.layer, (model.layers.get(el.layer) ?? 0) + 1);
    const margin = el.type === R.PATH ? Math.abs(el.width) / 2 : 0;
    for (let i = 0; i + 1 < xy.length; i += 2) parent.box = extendBox(parent.box, xy[i] ?? 0, xy[i + 1] ?? 0, margin);
  };

  const inElement = (record: GdsRecord, el: Element): void => {
    switch (record.type) {
      case R.LAYER:
        el.layer = int16s(record)[0];
        return;
      case R.WIDTH:
        el.width = int32s(record)[0] ?? 0;
        return;
      case R.SNAME:
        el.sname = ascii(record);
        return;
      case R.COLROW: {
        const [cols = 0, rows = 0] = int16s(record, 2);
        if (cols < 1 || rows < 1) throw fail(record, `has ${cols} columns and ${rows} rows`);
        el.colrow = [cols, rows];
        return;
      }
      case R.XY:
        el.xy = int32s(record, 2, 2);
        return;
      default:
        if (ELEMENT_TYPES.has(record.type) || record.type === R.BGNSTR || record.type === R.ENDSTR) {
          throw fail(record, `appears inside the ${recordName(el.type)} that starts at offset ${el.offset}`);
        }
    }
  };

  const inStructure = (record: GdsRecord, current: Structure): void => {
    if (element !== undefined) {
      if (record.type !== R.ENDEL) inElement(record, element);
      else {
        closeElement(record, current, element);
        element = undefined;
      }
    } else if (ELEMENT_TYPES.has(record.type)) {
      element = { type: record.type, offset: record.offset, width: 0 };
    } else if (record.type === R.STRNAME) {
      const name = ascii(record);
      if (model.structures.has(name)) throw fail(record, `defines structure "${name}" a second time`);
      current.name = name;
      model.structures.set(name, current);
    } else if (record.type === R.ENDSTR) {
      if (current.name === '') throw fail(record, 'ends a structure that has no STRNAME');
      structure = undefined;
    } else if (
      record.type === R.XY ||
      record.type === R.LAYER ||
      record.type === R.BGNSTR ||
      record.type === R.ENDLIB
    ) {
      throw fail(record, `appears inside structure "${current.name}" outside an element`);
    }
  };

  const visit = (record: GdsRecord): boolean => {
    if (phase === 'start') {
      if (record.type !== R.HEADER) throw fail(record, 'comes first; a GDSII stream starts with HEADER');
      model.version = int16s(record)[0] ?? 0;
      phase = 'header';
    } else if (phase === 'header') {
      if (record.type !== R.BGNLIB) throw fail(record, 'follows HEADER; BGNLIB was expected');
      phase = 'library';
    } else if (structure !== undefined) {
      inStructure(record, structure);
    } else if (record.type === R.BGNSTR) {
      structure = { name: '', offset: record.offset, elements: 0, references: 0, children: new Map() };
    } else if (record.type === R.LIBNAME) {
      model.name = ascii(record);
    } else if (record.type === R.UNITS) {
      [model.userUnitsPerDbUnit = 0, model.metersPerDbUnit = 0] = real8s(record, 2);
    } else if (record.type === R.ENDLIB) {
      model.bytes = record.offset + record.data.length + 4;
      phase = 'ended';
      return true;
    } else if (ELEMENT_TYPES.has(record.type) || record.type === R.XY || record.type === R.ENDSTR) {
      throw fail(record, 'appears outside a structure');
    }
    return false;
  };

  const finish = (length: number): LibraryModel => {
    if (phase !== 'ended') throw new GdsFormatError(`stream ends at offset ${length} before ENDLIB`);
    if (!(model.userUnitsPerDbUnit > 0)) throw new GdsFormatError('the library has no positive UNITS before ENDLIB');
    return model;
  };
  return { visit, finish };
}
