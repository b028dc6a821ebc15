import { parseGdsStream } from '../../../../src/domain/gds/gds-metrics';
import {
  encodeRecord,
  endLibrary,
  libraryStart,
  structureStart,
  writeGds,
} from '../../../../src/domain/gds/gds-writer';
import { DataType, RecordType } from '../../../../src/domain/gds/records';
import { ErrorName } from '../../../../src/errors';
import { chunked } from '../../../support/gds-oracle';

const LIB = { name: 'L', userUnitsPerDbUnit: 0.001, metersPerDbUnit: 1e-9 };
const start = () => [...libraryStart(LIB)];
const parse = (records: Uint8Array[]) => parseGdsStream(chunked(new Uint8Array(Buffer.concat(records)), [5]));
const offsetOf = (records: Uint8Array[], index: number) =>
  records.slice(0, index).reduce((sum, r) => sum + r.length, 0);

describe('parseGdsStream on malformed streams', () => {
  it.each([
    [
      'a record type above 0x3B',
      (r: Uint8Array[]) => r.push(encodeRecord(0x7f, DataType.NONE)),
      /unknown record type 0x7f at offset (\d+)/,
    ],
    [
      'an odd record length',
      (r: Uint8Array[]) => r.push(new Uint8Array([0, 5, RecordType.ENDLIB, 0, 0])),
      /record length 5 at offset (\d+)/,
    ],
    [
      'a record length below 4',
      (r: Uint8Array[]) => r.push(new Uint8Array([0, 2, 0, 0])),
      /record length 2 at offset (\d+)/,
    ],
    [
      'XY outside a structure',
      (r: Uint8Array[]) => r.push(encodeRecord(RecordType.XY, DataType.INT32, new Uint8Array(8))),
      /XY record at offset (\d+) appears outside a structure/,
    ],
  ])('names %s and the offset of the record', async (_name, corrupt, pattern) => {
    // Prepare
    const records = start();
    const at = offsetOf(records, records.length);
    corrupt(records);
    records.push(endLibrary());

    // Act
    const error = await parse(records).catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ name: ErrorName.GdsFormatError });
    expect(Number((error as Error).message.match(pattern)?.[1])).toBe(at);
  });

  it('refuses a stream that does not start with HEADER', async () => {
    const error = await parse([endLibrary()]).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: ErrorName.GdsFormatError,
      message: expect.stringContaining('starts with HEADER'),
    });
  });

  it('refuses an element without LAYER, an AREF without COLROW and a structure defined twice', async () => {
    const element = (records: Uint8Array[]) => [
      ...start(),
      ...structureStart('A'),
      ...records,
      encodeRecord(RecordType.ENDEL, DataType.NONE),
      encodeRecord(RecordType.ENDSTR, DataType.NONE),
      endLibrary(),
    ];
    const xy = encodeRecord(RecordType.XY, DataType.INT32, new Uint8Array(24));
    const sname = encodeRecord(RecordType.SNAME, DataType.ASCII, Buffer.from('BB'));
    await expect(parse(element([encodeRecord(RecordType.BOUNDARY, DataType.NONE), xy]))).rejects.toThrow(
      /has no LAYER/,
    );
    await expect(parse(element([encodeRecord(RecordType.AREF, DataType.NONE), sname, xy]))).rejects.toThrow(
      /without COLROW/,
    );
    const twice = {
      ...LIB,
      structures: [
        { name: 'A', elements: [] },
        { name: 'A', elements: [] },
      ],
    };
    await expect(parseGdsStream(chunked(writeGds(twice)))).rejects.toThrow(/defines structure "A" a second time/);
  });

  it('refuses a record whose data type does not match (LAYER as ASCII)', async () => {
    const records = [
      ...start(),
      ...structureStart('A'),
      encodeRecord(RecordType.BOUNDARY, DataType.NONE),
      encodeRecord(RecordType.LAYER, DataType.ASCII, Buffer.from('L1')),
    ];
    await expect(parse(records)).rejects.toThrow(/LAYER record at offset \d+ has data type 6/);
  });

  it('reports a stream that ends cleanly between records before ENDLIB, at its length', async () => {
    const records = start();
    const error = await parse(records).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`stream ends at offset ${offsetOf(records, records.length)} before ENDLIB`);
  });
});
