import fc from 'fast-check';
import { buildDicomFile } from '../../../scripts/dicom-builder';
import type { DicomElement } from '../../../src/domain/dicom/model';
import { parseDicomHeader } from '../../../src/domain/dicom/parse';
import { implicitVr } from '../../../src/domain/dicom/tags';

/** Distinct ascending tags (even groups 0x0008-0x0FFE, never an item or group-length tag). */
const tags = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 4, max: 0x7ff }), fc.integer({ min: 1, max: 0xffff })), {
    maxLength: 8,
    selector: ([g, e]) => g * 65536 + e,
  })
  .map((pairs) =>
    pairs
      .map(([g, e]) => ((g * 2) << 16) | e)
      .map((t) => t >>> 0)
      .sort((a, b) => a - b),
  );

const value = fc.uint8Array({ maxLength: 24 }).map((b) => (b.length % 2 === 0 ? b : b.subarray(1)));
const shortVr = fc.constantFrom('LO', 'SH', 'UI', 'CS', 'US', 'DA', 'PN');
const longVr = fc.constantFrom('OB', 'UN', 'UT');

const elements = (explicitVr: boolean, depth: number): fc.Arbitrary<DicomElement[]> =>
  tags.chain((list) =>
    fc.tuple(
      ...list.map((t) =>
        fc.oneof(
          fc
            .record({ vr: explicitVr ? fc.oneof(shortVr, longVr) : fc.constant(implicitVr(t, false)), value })
            .map((e) => ({ tag: t, ...e })),
          ...(depth < 2 && (explicitVr || implicitVr(t, true) === 'SQ')
            ? [
                fc
                  .tuple(fc.array(elements(explicitVr, depth + 1), { maxLength: 2 }), fc.boolean(), fc.boolean())
                  .map(([items, undef, itemUndef]) => ({
                    tag: t,
                    vr: 'SQ',
                    items: items.map((el) => ({ elements: el, ...(itemUndef ? { undefinedLength: true } : {}) })),
                    ...(undef || !explicitVr ? { undefinedLength: true } : {}),
                  })),
              ]
            : []),
        ),
      ),
    ),
  );

/** In implicit VR a sequence can be read back only with an undefined length (its VR is not in the file). */
const file = fc.boolean().chain((explicitVr) =>
  fc.record({
    explicitVr: fc.constant(explicitVr),
    dataset: elements(explicitVr, 0),
    pixels: fc.option(
      fc
        .uint8Array({ maxLength: 64 })
        .map((bytes) => ({ vr: 'OB' as const, bytes: bytes.length % 2 ? bytes.subarray(1) : bytes })),
    ),
  }),
);

describe('DICOM writer and parser', () => {
  it('parse(write(dataset)) gives the dataset back, in either VR encoding', () => {
    fc.assert(
      fc.property(file, ({ explicitVr, dataset, pixels }) => {
        const bytes = buildDicomFile({
          explicitVr,
          sopClassUid: '1.2',
          sopInstanceUid: '1.2.3',
          dataset,
          ...(pixels ? { pixels } : {}),
        });
        const header = parseDicomHeader(bytes);
        expect(header.dataset).toEqual(dataset);
        expect(header.pixelData?.length).toBe(pixels?.bytes.length);
        if (pixels) expect(bytes.subarray(header.headerBytes)).toEqual(pixels.bytes);
      }),
    );
  });

  it('a file cut at any offset inside the header is a DicomFormatError naming an offset within the cut file', () => {
    fc.assert(
      fc.property(file, fc.nat(), ({ explicitVr, dataset }, cut) => {
        const whole = buildDicomFile({
          explicitVr,
          sopClassUid: '1.2',
          sopInstanceUid: '1.2.3',
          dataset,
          pixels: { vr: 'OB', bytes: new Uint8Array(2) },
        });
        const header = parseDicomHeader(whole);
        const length = cut % header.headerBytes;
        const error = (() => {
          try {
            parseDicomHeader(whole.subarray(0, length));
          } catch (e) {
            return e as Error;
          }
          return undefined;
        })();
        // A cut exactly between top-level elements leaves a valid (shorter) header: that is not an error.
        if (error === undefined) return;
        expect(error.name).toBe('DicomFormatError');
        const offsets = [...error.message.matchAll(/offset (\d+)/g)].map((m) => Number(m[1]));
        expect(offsets.length).toBeGreaterThan(0);
        for (const offset of offsets) expect(offset).toBeLessThanOrEqual(length);
      }),
    );
  });
});
