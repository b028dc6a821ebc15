import fc from 'fast-check';
import { OASIS_MAGIC, parseOasisHeader } from '../../../../src/domain/oasis/oasis-header';
import { encodeUint, writeOasis } from '../../../../src/domain/oasis/oasis-writer';
import { ErrorName } from '../../../../src/errors';

const withStart = (...start: number[]) => new Uint8Array([...OASIS_MAGIC, 1, 3, ...Buffer.from('1.0'), ...start]);

describe('parseOasisHeader', () => {
  it('reads the version, unit and offset flag the writer wrote', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.stringMatching(/^[0-9.]{1,8}$/), (unit, version) => {
        const header = parseOasisHeader(writeOasis({ unit, version, cells: ['A'] }));
        expect(header).toMatchObject({ version, unit, offsetFlag: 1 });
      }),
    );
  });

  it('reads every real form of the unit and the table offsets of offset-flag 0', () => {
    const float64 = Buffer.alloc(8);
    float64.writeDoubleLE(2000.5);
    const float32 = Buffer.alloc(4);
    float32.writeFloatLE(0.25);
    const tables = new Array<number>(12).fill(0);
    expect(parseOasisHeader(withStart(0, 200, 1, 1)).unit).toBe(200);
    expect(parseOasisHeader(withStart(2, 4, 1)).unit).toBe(0.25);
    expect(parseOasisHeader(withStart(4, 3, 2, 1)).unit).toBe(1.5);
    expect(parseOasisHeader(withStart(6, ...float32, 1)).unit).toBe(0.25);
    expect(parseOasisHeader(withStart(7, ...float64, 0, ...tables))).toMatchObject({ unit: 2000.5, offsetFlag: 0 });
    expect(encodeUint(300)).toEqual([0xac, 0x02]);
  });

  it.each([
    ['a GDSII file', new Uint8Array([0, 6, 0, 2, 2, 88]), /not an OASIS file: byte 0x0 differs at offset 0/],
    ['another record after the magic', new Uint8Array([...OASIS_MAGIC, 2]), /record id 2 at offset 13/],
    ['a negative unit', withStart(1, 5, 1), /START unit at offset 18 is -5/],
    ['a real type above 7', withStart(9, 1), /real type 9/],
    ['an unknown offset flag', withStart(0, 1, 2), /offset-flag at offset 20 is 2/],
    [
      'a runaway unsigned integer',
      withStart(0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1),
      /longer than 8 bytes/,
    ],
  ])('refuses %s with OasisFormatError', (_name, bytes, message) => {
    expect(() => parseOasisHeader(bytes)).toThrow(expect.objectContaining({ name: ErrorName.OasisFormatError }));
    expect(() => parseOasisHeader(bytes)).toThrow(message);
  });

  it('names an offset within the bytes read wherever the head is cut', () => {
    const bytes = writeOasis({ unit: 1000, cells: [] });
    const { headerBytes } = parseOasisHeader(bytes);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: headerBytes - 1 }), (cut) => {
        let error: unknown;
        try {
          parseOasisHeader(bytes.subarray(0, cut));
        } catch (caught) {
          error = caught;
        }
        expect(error).toMatchObject({ name: ErrorName.OasisFormatError });
        const offset = Number((error as Error).message.match(/offset (\d+)/)?.[1]);
        expect(offset).toBeLessThanOrEqual(cut);
      }),
    );
  });
});
