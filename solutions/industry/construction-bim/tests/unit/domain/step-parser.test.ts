import fc from 'fast-check';
import { buildingIfc } from '../../../scripts/demo-data/building';
import { TOWER_V1 } from '../../../scripts/demo-data/files';
import { STEP_FOOTER, stepHeader, stepInstance, stepString } from '../../../scripts/demo-data/step-writer';
import { readIfc, readIfcBytes } from '../../../src/domain/ifc-stream';
import { StepLexer, Tok } from '../../../src/domain/step-lexer';
import { IfcFormatError, IfcSchemaError, IfcTruncatedError } from '../../../src/errors';

const bytes = (text: string) => new TextEncoder().encode(text);
const TYPES = ['IFCWALL', 'IFCDOOR', 'IFCCARTESIANPOINT', 'IFCPOLYLOOP', 'IFCPROPERTYSINGLEVALUE', 'IFCSPACE'];

async function* chunks(data: Uint8Array, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

const fileOf = (instances: Array<{ type: string; name: string }>) =>
  `${stepHeader({ name: 'x.ifc', timeStamp: '2026-01-01T00:00:00', schema: 'IFC4' })}\n${instances
    .map((instance, i) => stepInstance(i + 1, instance.type, [instance.name, null, [1.5, [{ ref: 1 }]], { enum: 'T' }]))
    .join('\n')}\n${STEP_FOOTER}`;

describe('IFC STEP parser', () => {
  it('counts random entity sets exactly, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ type: fc.constantFrom(...TYPES), name: fc.string() }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 64 }),
        async (instances, size) => {
          // Act
          const { facts } = await readIfc(chunks(bytes(fileOf(instances)), size));

          // Assess
          const expected: Record<string, number> = {};
          for (const { type } of instances) expected[type] = (expected[type] ?? 0) + 1;
          expect(facts.counts).toEqual(Object.fromEntries(Object.entries(expected).sort()));
          expect(facts.instances).toBe(instances.length);
        },
      ),
    );
  });

  it('reads storeys, elevations, per-storey elements, door widths in mm and the header', () => {
    // Act
    const facts = readIfcBytes(bytes(buildingIfc(TOWER_V1)));

    // Assess
    expect(facts.schema).toBe('IFC4');
    expect(facts.header).toMatchObject({ name: 'tower-a.ifc', timeStamp: '2026-01-10T09:00:00', schemaId: 'IFC4' });
    expect(facts.storeys.map((s) => [s.name, s.elevation])).toEqual([
      ['Level 1', 0],
      ['Level 2 \u00e9tage', 3500],
    ]);
    expect(facts.storeys[0]?.elements).toEqual({ wall: 4, slab: 1, door: 2, window: 3, stair: 1, column: 4, beam: 2 });
    expect(facts.storeys[0]?.doorWidthsMm).toEqual([900, 1000]);
    expect(facts.storeys[0]?.spaces).toBe(2);
    expect(facts.lengthUnitMm).toBe(1);
  });

  it('decodes strings with quote escapes, \\X\\, \\X2\\ and keeps ; and comments inside strings', () => {
    // Prepare
    const text = `${stepHeader({ name: 'n', timeStamp: 't', schema: 'IFC2X3' })}
/* a comment ; with ' a quote */
#1=IFCBUILDINGSTOREY('g',$,'It''s \\X\\E9 \\X2\\65E5672C\\X0\\ ;/*',$,$,$,$,$,.ELEMENT.,
  -1.5E3);
${STEP_FOOTER}`;

    // Act
    const facts = readIfcBytes(bytes(text));

    // Assess
    expect(facts.storeys[0]).toMatchObject({ name: "It's \u00e9 \u65e5\u672c ;/*", elevation: -1500 });
    expect(facts.schema).toBe('IFC2X3');
  });

  it('round-trips any string through the writer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const text = `${stepHeader({ name, timeStamp: 't', schema: 'IFC4' })}\n${STEP_FOOTER}`;
        expect(readIfcBytes(bytes(text)).header.name).toBe(name);
      }),
    );
  });

  it('tokenizes adversarial strings and nested lists in linear work', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("''", '\\X2\\', '\\X\\', '\\', 'a', '\\X0\\', '/*'), { maxLength: 200 }),
        fc.integer({ min: 0, max: 300 }),
        (parts, depth) => {
          // Prepare
          const body = `'${parts.join('')}' ${'('.repeat(depth)}1${')'.repeat(depth)} ;`;
          const input = bytes(body);
          let tokens = 0;
          const lexer = new StepLexer(() => {
            tokens += 1;
          });

          // Act
          lexer.push(input);
          lexer.end();

          // Assess: at most one step per byte plus one per token, never a rescan.
          expect(lexer.steps).toBeLessThanOrEqual(2 * input.length + tokens + 1);
        },
      ),
    );
  });

  it('reports truncation at any cut as IfcTruncatedError or IfcFormatError with an offset within the file', () => {
    const whole = bytes(buildingIfc(TOWER_V1));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: whole.length - 20 }), (cut) => {
        const part = whole.subarray(0, cut);
        try {
          readIfcBytes(part);
          throw new Error('parsed a truncated file');
        } catch (error) {
          expect([IfcTruncatedError, IfcFormatError, IfcSchemaError].some((type) => error instanceof type)).toBe(true);
          const offsets = [...String((error as Error).message).matchAll(/byte (\d+)/g)].map((m) => Number(m[1]));
          for (const offset of offsets) expect(offset).toBeLessThanOrEqual(cut);
        }
      }),
    );
  });

  it('names a missing END-ISO-10303-21 with the offset where the file ends', () => {
    // Prepare
    const text = buildingIfc(TOWER_V1).replace('ENDSEC;\nEND-ISO-10303-21;\n', '');

    // Act / Assess
    expect(() => readIfcBytes(bytes(text))).toThrow(IfcTruncatedError);
    expect(() => readIfcBytes(bytes(text))).toThrow(`file ends at byte ${bytes(text).length}`);
  });

  it('rejects unknown schemas and a missing FILE_SCHEMA with IfcSchemaError', () => {
    const other = `${stepHeader({ name: 'n', timeStamp: 't', schema: 'CONFIG_CONTROL_DESIGN' })}\n${STEP_FOOTER}`;
    expect(() => readIfcBytes(bytes(other))).toThrow(IfcSchemaError);
    const none = 'ISO-10303-21;\nHEADER;\nENDSEC;\nDATA;\nENDSEC;\nEND-ISO-10303-21;\n';
    expect(() => readIfcBytes(bytes(none))).toThrow('no FILE_SCHEMA');
    const ifc4x3 = `${stepHeader({ name: 'n', timeStamp: 't', schema: 'IFC4X3_ADD2' })}\n${STEP_FOOTER}`;
    expect(readIfcBytes(bytes(ifc4x3)).schema).toBe('IFC4X3');
  });

  it('names bad syntax with its offset', () => {
    const head = `${stepHeader({ name: 'n', timeStamp: 't', schema: 'IFC4' })}\n`;
    expect(() => readIfcBytes(bytes(`${head}#1 IFCWALL();`))).toThrow(IfcFormatError);
    expect(() => readIfcBytes(bytes(`${head}#1=IFCWALL(?);`))).toThrow(/byte \d+/);
    expect(() => readIfcBytes(bytes('PK\u0003\u0004'))).toThrow(IfcFormatError);
    expect(stepString("a'b")).toBe("'a''b'");
    expect(Tok.Semi).toBe(7);
  });
});
