/** Opening an OOXML package: size checks, the zip archive and its XML entries as text. */
import { OoxmlFormatError } from './errors';
import { ZipArchive } from './zip';

/** Limits of the OOXML readers; the defaults suit office documents. */
export interface OoxmlOptions {
  /** Largest file read, in bytes; default 50 MiB. */
  maxBytes?: number;
  /** Most zip entries; default 5,000. */
  maxEntries?: number;
  /** Most bytes inflated over the entries read (the zip bomb guard); default 100 MiB. */
  maxUncompressedBytes?: number;
  /** Most spreadsheet cells read; default 1,000,000. */
  maxCells?: number;
}

/** Default {@link OoxmlOptions}. */
export const OOXML_DEFAULTS: Required<OoxmlOptions> = {
  maxBytes: 50 * 1024 * 1024,
  maxEntries: 5000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxCells: 1_000_000,
};

/** An opened package: its archive and the limits in force. */
export interface OoxmlPackage {
  archive: ZipArchive;
  limits: Required<OoxmlOptions>;
}

/** Opens the zip of a .docx or .xlsx after checking its size. */
export function openPackage(bytes: Uint8Array, options: OoxmlOptions = {}): OoxmlPackage {
  const limits = { ...OOXML_DEFAULTS, ...options };
  if (bytes.length === 0) throw new OoxmlFormatError('File is empty', 0);
  if (bytes.length > limits.maxBytes) {
    throw new OoxmlFormatError(`File is ${bytes.length} bytes; at most ${limits.maxBytes} are read`, limits.maxBytes);
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return { archive: new ZipArchive(buffer, limits), limits };
}

/** The XML entry `name` as text (UTF-8, byte order mark dropped); a missing entry is an error when `required`. */
export function readXml(pkg: OoxmlPackage, name: string, required: true): string;
export function readXml(pkg: OoxmlPackage, name: string, required: false): string | undefined;
export function readXml(pkg: OoxmlPackage, name: string, required: boolean): string | undefined {
  const bytes = pkg.archive.read(name);
  if (bytes === undefined) {
    if (required) throw new OoxmlFormatError(`The package has no ${name}`, 0);
    return undefined;
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
