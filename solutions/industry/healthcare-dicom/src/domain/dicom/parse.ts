/** Parses a Part 10 file's header (preamble, file meta, data set) up to the Pixel Data element. */
import { DicomFormatError, UnsupportedTransferSyntaxError } from '../../errors';
import { Cursor } from './cursor';
import { readElementHeader, readElementValue } from './elements';
import type { DicomElement, DicomHeader } from './model';
import { Tags, TransferSyntax } from './tags';
import { textOf } from './values';

const PREAMBLE_BYTES = 128;
const DICM = [0x44, 0x49, 0x43, 0x4d];

/**
 * Parses the header in `bytes`. With `final` false, `bytes` is the start of a longer stream and a parse that needs
 * more throws {@link NeedMoreBytes}; with `final` true, missing bytes are a DicomFormatError naming the offset.
 */
export function parseDicomHeader(bytes: Uint8Array, final = true): DicomHeader {
  const cursor = new Cursor(bytes, final);
  const preamble = cursor.take(PREAMBLE_BYTES, 'the preamble');
  const magic = cursor.take(4, 'the DICM prefix');
  if (DICM.some((b, i) => magic[i] !== b)) {
    throw new DicomFormatError(`Not a DICOM Part 10 file: no DICM prefix at offset ${PREAMBLE_BYTES}`);
  }
  const meta: DicomElement[] = [];
  while (cursor.peekU16() === 0x0002) meta.push(readElementValue(cursor, readElementHeader(cursor, true), true, 0));
  const tsElement = meta.find((e) => e.tag === Tags.TransferSyntaxUid);
  if (tsElement?.value === undefined) {
    throw new DicomFormatError(
      `File meta information has no Transfer Syntax UID (0002,0010) before offset ${cursor.pos}`,
    );
  }
  const transferSyntaxUid = textOf(tsElement.value);
  if (
    transferSyntaxUid === TransferSyntax.DeflatedExplicitVrLittleEndian ||
    transferSyntaxUid === TransferSyntax.ExplicitVrBigEndian
  ) {
    throw new UnsupportedTransferSyntaxError(`Transfer syntax ${transferSyntaxUid} is not supported`);
  }
  const explicitVr = transferSyntaxUid !== TransferSyntax.ImplicitVrLittleEndian;
  const dataset: DicomElement[] = [];
  const header = { preamble, meta, transferSyntaxUid, explicitVr, dataset };
  while (cursor.peekU16() !== undefined) {
    const element = readElementHeader(cursor, explicitVr);
    if (element.tag === Tags.PixelData) {
      const length = element.length === 0xffffffff ? undefined : element.length;
      const pixelData = {
        offset: element.offset,
        valueOffset: cursor.pos,
        vr: element.vr,
        ...(length === undefined ? {} : { length }),
      };
      return { ...header, pixelData, headerBytes: cursor.pos };
    }
    dataset.push(readElementValue(cursor, element, explicitVr, 0));
  }
  return { ...header, headerBytes: cursor.pos };
}
