/** Builds small, valid DICOM Part 10 files (demo data, tests, bench) with the pattern's own encoder. */
import type { DicomElement } from '../src/domain/dicom/model';
import { TransferSyntax, tag } from '../src/domain/dicom/tags';
import { encodeText } from '../src/domain/dicom/values';
import { encodeDicomHeader } from '../src/domain/dicom/write';

/** A text element (padded as its VR requires). */
export const text = (group: number, element: number, vr: string, value: string): DicomElement => ({
  tag: tag(group, element),
  vr,
  value: encodeText(value, vr),
});

/** A US element. */
export const us = (group: number, element: number, value: number): DicomElement => ({
  tag: tag(group, element),
  vr: 'US',
  value: new Uint8Array([value & 0xff, value >>> 8]),
});

/** A binary element (OB unless said). */
export const binary = (group: number, element: number, bytes: Uint8Array, vr = 'OB'): DicomElement => ({
  tag: tag(group, element),
  vr,
  value: bytes,
});

/** A sequence of items; `undefinedLength` writes delimiters for the sequence and its items. */
export const sequence = (
  group: number,
  element: number,
  items: DicomElement[][],
  undefinedLength = false,
): DicomElement => ({
  tag: tag(group, element),
  vr: 'SQ',
  items: items.map((elements) => ({ elements, ...(undefinedLength ? { undefinedLength: true } : {}) })),
  ...(undefinedLength ? { undefinedLength: true } : {}),
});

/** What {@link buildDicomFile} writes. */
export interface DicomFileSpec {
  explicitVr: boolean;
  sopClassUid: string;
  sopInstanceUid: string;
  /** Top-level elements, in ascending tag order. */
  dataset: DicomElement[];
  /** The Pixel Data value (OW when 16-bit, OB otherwise). */
  pixels?: { vr: 'OB' | 'OW'; bytes: Uint8Array };
}

/** The file meta elements of a file (group length is computed by the encoder). */
export function fileMeta(spec: Pick<DicomFileSpec, 'explicitVr' | 'sopClassUid' | 'sopInstanceUid'>): DicomElement[] {
  const ts = spec.explicitVr ? TransferSyntax.ExplicitVrLittleEndian : TransferSyntax.ImplicitVrLittleEndian;
  return [
    binary(0x0002, 0x0001, new Uint8Array([0x00, 0x01])),
    text(0x0002, 0x0002, 'UI', spec.sopClassUid),
    text(0x0002, 0x0003, 'UI', spec.sopInstanceUid),
    text(0x0002, 0x0010, 'UI', ts),
    text(0x0002, 0x0012, 'UI', '2.25.1'),
    text(0x0002, 0x0013, 'SH', 'FSXN_DEMO'),
  ];
}

/** The whole file: header and pixel value. */
export function buildDicomFile(spec: DicomFileSpec): Uint8Array {
  const head = encodeDicomHeader({
    meta: fileMeta(spec),
    explicitVr: spec.explicitVr,
    dataset: spec.dataset,
    ...(spec.pixels === undefined ? {} : { pixelData: { vr: spec.pixels.vr, length: spec.pixels.bytes.length } }),
  });
  return new Uint8Array(Buffer.concat([head, spec.pixels?.bytes ?? new Uint8Array(0)]));
}
