import fc from 'fast-check';
import { binary, buildDicomFile, sequence, text } from '../../../scripts/dicom-builder';
import { anonymiseHeader } from '../../../src/domain/anonymise/anonymise';
import { PROFILE_ACTIONS } from '../../../src/domain/anonymise/profile';
import { createUidMapper } from '../../../src/domain/anonymise/uid-map';
import type { DicomElement } from '../../../src/domain/dicom/model';
import { parseDicomHeader } from '../../../src/domain/dicom/parse';
import { implicitVr, Tags } from '../../../src/domain/dicom/tags';
import { encodeDicomHeader, encodeElements } from '../../../src/domain/dicom/write';
import { profileViolations } from './check-deidentified';

const PROFILE_TAGS = [...PROFILE_ACTIONS.keys()].filter((t) => t >>> 16 !== 0xfffc && t >>> 16 !== 0xfffa);
const anyTag = fc.oneof(
  fc.constantFrom(...PROFILE_TAGS),
  fc.integer({ min: 0x00080000, max: 0x7fdfffff }).filter((t) => (t & 0xffff) !== 0),
  fc.integer({ min: 0x60000000, max: 0x601e4000 }),
);
/** A tag the dictionary knows as a sequence cannot hold text in an implicit VR file. */
const leafTag = anyTag.filter((t) => implicitVr(t, false) !== 'SQ');
const leaf = fc
  .tuple(leafTag, fc.string({ maxLength: 12 }))
  .map(([t, s]): DicomElement => text(t >>> 16, t & 0xffff, 'LO', s.replace(/[^ -~]/g, 'x')));
const element = fc.oneof(
  { weight: 4, arbitrary: leaf },
  {
    weight: 1,
    arbitrary: fc.tuple(anyTag, fc.array(fc.array(leaf, { maxLength: 3 }), { maxLength: 2 })).map(([t, items]) =>
      sequence(
        t >>> 16,
        t & 0xffff,
        items.map((i) => dedupe(i)),
        true,
      ),
    ),
  },
);
const dedupe = (list: DicomElement[]): DicomElement[] =>
  [...new Map(list.map((e) => [e.tag, e])).values()].sort((a, b) => a.tag - b.tag);

describe('anonymise (any data set)', () => {
  it('leaves no profile attribute, no private tag, a correct meta group length and the pixel bytes unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(element, { maxLength: 20 }),
        fc.boolean(),
        fc.uint8Array({ minLength: 2, maxLength: 64 }),
        (list, explicitVr, raw) => {
          // Prepare
          const pixels = raw.length % 2 === 0 ? raw : raw.subarray(1);
          const dataset = dedupe(list);
          const file = buildDicomFile({
            explicitVr,
            sopClassUid: '1.2',
            sopInstanceUid: '9.8.7',
            dataset,
            pixels: { vr: 'OB', bytes: pixels },
          });
          const header = parseDicomHeader(file);

          // Act
          const result = anonymiseHeader(header, createUidMapper('property-salt-0001'));
          const head = encodeDicomHeader({
            ...result,
            explicitVr,
            ...(header.pixelData ? { pixelData: header.pixelData } : {}),
          });
          const out = new Uint8Array(Buffer.concat([head, file.subarray(header.headerBytes)]));
          const reparsed = parseDicomHeader(out);

          // Assess
          expect(profileViolations(reparsed.dataset)).toEqual([]);
          expect(reparsed.dataset.filter((e) => (e.tag >>> 16) % 2 === 1 || (e.tag & 0xffff) === 0)).toEqual([]);
          expect(out.subarray(reparsed.headerBytes)).toEqual(pixels);
          const groupLength = reparsed.meta.find((e) => e.tag === Tags.FileMetaGroupLength)?.value ?? [];
          const metaBody = encodeElements(
            reparsed.meta.filter((e) => e.tag !== Tags.FileMetaGroupLength),
            true,
          );
          expect(Buffer.from(groupLength).readUInt32LE(0)).toBe(metaBody.length);
        },
      ),
    );
  });

  it('keeps the attributes it does not list', () => {
    // Prepare
    const kept = [text(0x0018, 0x0015, 'CS', 'CHEST'), binary(0x0028, 0x0301, new TextEncoder().encode('NO'))];
    const header = parseDicomHeader(
      buildDicomFile({ explicitVr: true, sopClassUid: '1.2', sopInstanceUid: '1.2.3', dataset: kept }),
    );

    // Act
    const { dataset } = anonymiseHeader(header, createUidMapper('property-salt-0001'));

    // Assess
    expect(dataset.filter((e) => e.tag >>> 16 !== 0x0012)).toEqual(kept);
  });
});
