/** Tags, VRs and transfer syntaxes of DICOM Part 10 that this pattern reads and writes. */

/** A tag as one number: `(group << 16 | element) >>> 0`. */
export const tag = (group: number, element: number): number => ((group << 16) | element) >>> 0;

/** The group of a tag. */
export const groupOf = (t: number): number => t >>> 16;

/** `(gggg,eeee)` in upper-case hex, as DICOM documents write a tag. */
export function formatTag(t: number): string {
  const hex = t.toString(16).toUpperCase().padStart(8, '0');
  return `(${hex.slice(0, 4)},${hex.slice(4)})`;
}

/** Tags with a role in parsing, header facts or the profile. */
export const Tags = {
  FileMetaGroupLength: tag(0x0002, 0x0000),
  MediaStorageSopClassUid: tag(0x0002, 0x0002),
  MediaStorageSopInstanceUid: tag(0x0002, 0x0003),
  TransferSyntaxUid: tag(0x0002, 0x0010),
  SopClassUid: tag(0x0008, 0x0016),
  SopInstanceUid: tag(0x0008, 0x0018),
  StudyDate: tag(0x0008, 0x0020),
  Modality: tag(0x0008, 0x0060),
  PatientName: tag(0x0010, 0x0010),
  PatientId: tag(0x0010, 0x0020),
  StudyInstanceUid: tag(0x0020, 0x000d),
  SeriesInstanceUid: tag(0x0020, 0x000e),
  SamplesPerPixel: tag(0x0028, 0x0002),
  PhotometricInterpretation: tag(0x0028, 0x0004),
  NumberOfFrames: tag(0x0028, 0x0008),
  Rows: tag(0x0028, 0x0010),
  Columns: tag(0x0028, 0x0011),
  BitsAllocated: tag(0x0028, 0x0100),
  PixelRepresentation: tag(0x0028, 0x0103),
  BurnedInAnnotation: tag(0x0028, 0x0301),
  PatientIdentityRemoved: tag(0x0012, 0x0062),
  DeidentificationMethod: tag(0x0012, 0x0063),
  DeidentificationMethodCodeSequence: tag(0x0012, 0x0064),
  CodeValue: tag(0x0008, 0x0100),
  CodingSchemeDesignator: tag(0x0008, 0x0102),
  CodeMeaning: tag(0x0008, 0x0104),
  GraphicAnnotationSequence: tag(0x0070, 0x0001),
  TextObjectSequence: tag(0x0070, 0x0008),
  PixelData: tag(0x7fe0, 0x0010),
  Item: tag(0xfffe, 0xe000),
  ItemDelimitation: tag(0xfffe, 0xe00d),
  SequenceDelimitation: tag(0xfffe, 0xe0dd),
} as const;

/** Length value meaning "undefined length" (the value ends at a delimiter). */
export const UNDEFINED_LENGTH = 0xffffffff;

/** VRs whose explicit-VR header has 2 reserved bytes and a 32-bit length. */
export const LONG_VRS: ReadonlySet<string> = new Set('OB OD OF OL OV OW SQ SV UC UN UR UT UV'.split(' '));

/** VRs of the tags this pattern interprets, for implicit-VR files (`ggggeeeeVR`; anything else is UN, or SQ when undefined). */
const IMPLICIT_VR_TABLE =
  '00080016UI 00080018UI 00080020DA 00080030TM 00080050SH 00080060CS 00080080LO 00080090PN 00081030LO 0008103ELO ' +
  '00081110SQ 00081115SQ 00081140SQ 00081150UI 00081155UI 00100010PN 00100020LO 00100030DA 00100040CS 00101002SQ ' +
  '00120062CS 00120063LO 00120064SQ 00080100SH 00080102SH 00080104LO 0020000DUI 0020000EUI 00200010SH 00200052UI ' +
  '00204000LT 00280002US 00280004CS 00280008IS 00280010US 00280011US 00280100US 00280101US 00280102US 00280103US ' +
  '00280301CS 00400275SQ 00700001SQ 00700008SQ 04000561SQ FFFAFFFASQ 00080070LO 00081090LO 00104000LT ' +
  '00180015CS 00200013IS 00081010SH 00081040LO 00081050PN 00081070PN 7FE00010OW';

const IMPLICIT_VRS: ReadonlyMap<number, string> = new Map(
  IMPLICIT_VR_TABLE.split(' ').map((entry) => [Number.parseInt(entry.slice(0, 8), 16), entry.slice(8)]),
);

/** The VR an implicit-VR file gives `t`: SQ for an undefined length (only a sequence has one), else the dictionary's or UN. */
export function implicitVr(t: number, undefinedLength: boolean): string {
  return undefinedLength ? 'SQ' : (IMPLICIT_VRS.get(t) ?? 'UN');
}

/** Transfer syntaxes by UID. */
export const TransferSyntax = {
  ImplicitVrLittleEndian: '1.2.840.10008.1.2',
  ExplicitVrLittleEndian: '1.2.840.10008.1.2.1',
  DeflatedExplicitVrLittleEndian: '1.2.840.10008.1.2.1.99',
  ExplicitVrBigEndian: '1.2.840.10008.1.2.2',
} as const;

/** VRs whose value is text (decoded as Latin-1 for facts and PHI checks). */
export const STRING_VRS: ReadonlySet<string> = new Set('AE AS CS DA DS DT IS LO LT PN SH ST TM UC UI UR UT'.split(' '));
