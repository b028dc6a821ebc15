/** PCD (Point Cloud Library) header: the text lines up to and including `DATA`. */
import { InvalidPointCloudError } from '../../errors';

/** The parsed header fields (absent optional fields take the PCD defaults). */
export interface PcdHeader {
  version: string;
  fields: string[];
  size: number[];
  type: string[];
  count: number[];
  width: number;
  height: number;
  viewpoint: number[];
  points: number;
  data: string;
  /** Bytes from the start of the file to the first data byte. */
  headerLength: number;
}

/** Bytes read for the header: PCD headers are a few hundred bytes; a DATA line past this is not a PCD header. */
export const PCD_HEADER_READ_BYTES = 64 * 1024;

const numbers = (values: string[]) => values.map(Number);

/**
 * Parses the header from the first bytes of a PCD file. Throws InvalidPointCloudError when no `DATA` line is found
 * (not a PCD file, or a header longer than {@link PCD_HEADER_READ_BYTES}); other problems are left to the QC.
 */
export function parsePcdHeader(bytes: Uint8Array): PcdHeader {
  const text = Buffer.from(bytes).toString('latin1');
  const values = new Map<string, string[]>();
  let position = 0;
  while (position < text.length) {
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(position, end).trim();
    position = end;
    if (line === '' || line.startsWith('#')) continue;
    const [key = '', ...rest] = line.split(/\s+/);
    values.set(key.toUpperCase(), rest);
    if (key.toUpperCase() === 'DATA') return build(values, position);
  }
  throw new InvalidPointCloudError('No DATA line in the PCD header: not a PCD file, or a truncated header');
}

function build(values: Map<string, string[]>, headerLength: number): PcdHeader {
  const fields = values.get('FIELDS') ?? [];
  const width = Number(values.get('WIDTH')?.[0] ?? Number.NaN);
  const height = Number(values.get('HEIGHT')?.[0] ?? 1);
  const points = Number(values.get('POINTS')?.[0] ?? width * height);
  return {
    version: values.get('VERSION')?.[0] ?? '',
    fields,
    size: numbers(values.get('SIZE') ?? []),
    type: (values.get('TYPE') ?? []).map((type) => type.toUpperCase()),
    count: numbers(values.get('COUNT') ?? fields.map(() => '1')),
    width,
    height,
    viewpoint: numbers(values.get('VIEWPOINT') ?? ['0', '0', '0', '1', '0', '0', '0']),
    points,
    data: (values.get('DATA')?.[0] ?? '').toLowerCase(),
    headerLength,
  };
}

/** Bytes of one point: the sum of SIZE x COUNT over the fields. */
export function pcdPointSize(header: Pick<PcdHeader, 'size' | 'count'>): number {
  return header.size.reduce((sum, size, index) => sum + size * (header.count[index] ?? 1), 0);
}
