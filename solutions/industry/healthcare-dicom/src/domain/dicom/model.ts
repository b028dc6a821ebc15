/** The in-memory shape of a DICOM header: data elements in file order, sequences as nested items. */

/** One data element. A sequence (VR SQ) has `items` and no `value`; every other element has `value`. */
export interface DicomElement {
  /** `(group << 16 | element) >>> 0`. */
  tag: number;
  /** Two upper-case letters; an implicit-VR file gets the dictionary's VR, UN, or SQ for an undefined length. */
  vr: string;
  value?: Uint8Array;
  items?: DicomItem[];
  /** The sequence was (and is written back) with an undefined length and a sequence delimiter. */
  undefinedLength?: boolean;
}

/** One sequence item. */
export interface DicomItem {
  elements: DicomElement[];
  /** The item was (and is written back) with an undefined length and an item delimiter. */
  undefinedLength?: boolean;
}

/** Where the Pixel Data element starts and how long its value is. */
export interface PixelDataLocation {
  /** Offset of the element's tag in the file. */
  offset: number;
  /** Offset of the value's first byte. */
  valueOffset: number;
  vr: string;
  /** Value length in bytes; undefined for encapsulated (undefined-length) pixel data. */
  length?: number;
}

/** A parsed Part 10 header: everything before Pixel Data. */
export interface DicomHeader {
  /** The 128-byte preamble as found. */
  preamble: Uint8Array;
  /** File meta information (group 0002), always explicit VR little endian. */
  meta: DicomElement[];
  transferSyntaxUid: string;
  explicitVr: boolean;
  /** The data set's top-level elements before Pixel Data. */
  dataset: DicomElement[];
  /** Absent when the file has no Pixel Data. */
  pixelData?: PixelDataLocation;
  /** Bytes of the file the header took (up to the Pixel Data value, or the whole file without one). */
  headerBytes: number;
}
