/**
 * A large GDSII stream for the bench, written record by record to a file (never held in memory): leaf cells full
 * of boundaries, paths and text on 8 layers, placed by SREF and AREF under one top cell.
 */
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import {
  elementRecords,
  endLibrary,
  endStructure,
  type GdsElement,
  libraryStart,
  structureStart,
} from '../src/domain/gds/gds-writer';

const FLUSH_BYTES = 1 << 20;
const ELEMENTS_PER_CELL = 2000;

function element(cell: number, index: number): GdsElement {
  const x = (index % 100) * 300;
  const y = Math.floor(index / 100) * 300 + cell;
  const layer = 1 + (index % 8);
  if (index % 10 === 9) return { kind: 'text', layer: 63, texttype: 0, xy: [x, y], text: `N${index}` };
  if (index % 5 === 4)
    return {
      kind: 'path',
      layer,
      datatype: 0,
      width: 40,
      xy: [
        [x, y],
        [x + 250, y],
        [x + 250, y + 250],
      ],
    };
  return {
    kind: 'boundary',
    layer,
    datatype: 0,
    xy: [
      [x, y],
      [x + 200, y],
      [x + 200, y + 200],
      [x, y + 200],
      [x, y],
    ],
  };
}

/** Writes a stream of at least `targetBytes` to `file` (kept when it is already there and large enough). */
export function writeBenchStream(file: string, targetBytes: number): number {
  if (existsSync(file) && statSync(file).size >= targetBytes) return statSync(file).size;
  const fd = openSync(file, 'w');
  let parts: Uint8Array[] = [];
  let pending = 0;
  let written = 0;
  const put = (record: Uint8Array) => {
    parts.push(record);
    pending += record.length;
    if (pending >= FLUSH_BYTES) flush();
  };
  const flush = () => {
    writeSync(fd, Buffer.concat(parts));
    written += pending;
    parts = [];
    pending = 0;
  };
  try {
    for (const record of libraryStart({ name: 'BENCH', userUnitsPerDbUnit: 0.001, metersPerDbUnit: 1e-9 })) put(record);
    let cells = 0;
    while (written + pending < targetBytes) {
      for (const record of structureStart(`LEAF_${cells}`)) put(record);
      for (let index = 0; index < ELEMENTS_PER_CELL; index += 1)
        for (const record of elementRecords(element(cells, index))) put(record);
      put(endStructure());
      cells += 1;
    }
    for (const record of structureStart('TOP')) put(record);
    for (let cell = 0; cell < cells; cell += 1) {
      const placement: GdsElement =
        cell % 2 === 0
          ? { kind: 'sref', sname: `LEAF_${cell}`, xy: [cell * 40_000, 0] }
          : {
              kind: 'aref',
              sname: `LEAF_${cell}`,
              cols: 4,
              rows: 2,
              xy: [
                [cell * 40_000, 100_000],
                [cell * 40_000 + 4 * 31_000, 100_000],
                [cell * 40_000, 100_000 + 2 * 31_000],
              ],
            };
      for (const record of elementRecords(placement)) put(record);
    }
    put(endStructure());
    put(endLibrary());
    flush();
  } finally {
    closeSync(fd);
  }
  return written;
}
