/** LAS (ASPRS LiDAR) public header block, versions 1.0 to 1.4. */
import { InvalidPointCloudError } from '../../errors';

/** Bytes read for the header: the 1.4 header is the largest, at 375 bytes. */
export const LAS_HEADER_READ_BYTES = 375;

/** The header fields the QC looks at. */
export interface LasHeader {
  version: string;
  versionMinor: number;
  headerSize: number;
  pointDataOffset: number;
  vlrCount: number;
  /** Point data record format (0-10), with the compression bit (LAZ) removed. */
  pointFormat: number;
  /** True when bit 7 of the format is set (LASzip-compressed points). */
  compressed: boolean;
  pointRecordLength: number;
  /** Point count: the 64-bit field of LAS 1.4 when set, else the legacy 32-bit one. */
  pointCount: number;
  legacyPointCount: number;
  scale: [number, number, number];
  offset: [number, number, number];
  min: [number, number, number];
  max: [number, number, number];
}

/** Parses the public header block; throws InvalidPointCloudError when the signature is not `LASF` or bytes are missing. */
export function parseLasHeader(bytes: Uint8Array): LasHeader {
  if (bytes.byteLength < 227 || Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== 'LASF') {
    throw new InvalidPointCloudError('Not a LAS file: no LASF signature or a header shorter than 227 bytes');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const f64 = (at: number) => view.getFloat64(at, true);
  const versionMinor = view.getUint8(25);
  const rawFormat = view.getUint8(104);
  const legacyPointCount = view.getUint32(107, true);
  const headerSize = view.getUint16(94, true);
  let pointCount = legacyPointCount;
  if (versionMinor >= 4 && bytes.byteLength >= 255 && headerSize >= 375) {
    const wide = view.getBigUint64(247, true);
    if (wide > BigInt(Number.MAX_SAFE_INTEGER))
      throw new InvalidPointCloudError(`LAS point count ${wide} is too large`);
    if (wide > 0n) pointCount = Number(wide);
  }
  return {
    version: `${view.getUint8(24)}.${versionMinor}`,
    versionMinor,
    headerSize,
    pointDataOffset: view.getUint32(96, true),
    vlrCount: view.getUint32(100, true),
    pointFormat: rawFormat & 0x3f,
    compressed: (rawFormat & 0x80) !== 0,
    pointRecordLength: view.getUint16(105, true),
    pointCount,
    legacyPointCount,
    scale: [f64(131), f64(139), f64(147)],
    offset: [f64(155), f64(163), f64(171)],
    max: [f64(179), f64(195), f64(211)],
    min: [f64(187), f64(203), f64(219)],
  };
}
