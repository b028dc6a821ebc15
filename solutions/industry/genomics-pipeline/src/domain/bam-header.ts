/**
 * A BAM file's header by ranged reads only: BGZF blocks are fetched a window at a time and inflated until the
 * header (text and references) is complete, plus one 28-byte read of the end-of-file block. Alignments are never
 * read. Read group sample names (`@RG SM:`) are counted, never kept.
 */
import { BamFormatError } from '../errors';
import { BamHeaderReader } from './bam-header-fields';
import { BGZF_EOF, readBgzfBlock } from './bgzf';

/** What the header says about a BAM file. */
export interface BamHeaderSummary {
  formatVersion?: string;
  sortOrder?: string;
  readGroups: number;
  /** `@PG` program names (PN, else ID), the first {@link MAX_LISTED} of them. */
  programs: string[];
  references: number;
  /** Sum of the reference lengths (bases). */
  referenceBases: number;
  /** The first {@link MAX_LISTED} references. */
  referenceList: { name: string; length: number }[];
  headerBytes: number;
  /** True when the file ends with the BGZF end-of-file block (false suggests a truncated copy). */
  eofMarker: boolean;
}

/** Ranged read of `[start, endInclusive]`. */
export type RangeReader = (start: number, endInclusive: number) => Promise<Uint8Array>;

/** Programs and references listed in a result. */
export const MAX_LISTED = 100;
/** Bytes fetched per ranged read. */
export const READ_WINDOW_BYTES = 256 * 1024;

function tag(fields: string[], name: string): string | undefined {
  return fields.find((field) => field.startsWith(`${name}:`))?.slice(name.length + 1);
}

function summarise(text: string, references: { name: string; length: number }[]) {
  let readGroups = 0;
  const programs: string[] = [];
  let formatVersion: string | undefined;
  let sortOrder: string | undefined;
  for (const line of text.split('\n')) {
    const fields = line.split('\t');
    if (fields[0] === '@HD') {
      formatVersion = tag(fields, 'VN');
      sortOrder = tag(fields, 'SO');
    } else if (fields[0] === '@RG') readGroups += 1;
    else if (fields[0] === '@PG' && programs.length < MAX_LISTED) {
      const program = tag(fields, 'PN') ?? tag(fields, 'ID');
      if (program !== undefined) programs.push(program);
    }
  }
  return {
    ...(formatVersion === undefined ? {} : { formatVersion }),
    ...(sortOrder === undefined ? {} : { sortOrder }),
    readGroups,
    programs,
    references: references.length,
    referenceBases: references.reduce((sum, reference) => sum + reference.length, 0),
    referenceList: references.slice(0, MAX_LISTED),
  };
}

/** Reads the header of a `size`-byte BAM file; BamFormatError (with the offending offset) when it cannot. */
export async function readBamHeader(
  read: RangeReader,
  size: number,
  maxHeaderBytes: number,
): Promise<BamHeaderSummary> {
  const header = new BamHeaderReader(maxHeaderBytes);
  let carry: Uint8Array = new Uint8Array(0);
  let next = 0;
  while (next < size) {
    const chunk = await read(next, Math.min(size, next + READ_WINDOW_BYTES) - 1);
    if (chunk.length === 0) break;
    const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const base = next - carry.length;
    let at = 0;
    for (let block = readBgzfBlock(bytes, at, base); block; block = readBgzfBlock(bytes, at, base + at)) {
      at += block.size;
      if (block.data.length === 0) {
        throw new BamFormatError(
          `an empty BGZF block at byte ${base + at - block.size} ends the file inside its header`,
        );
      }
      const fields = header.push(block.data);
      if (fields !== undefined) {
        const eofMarker = size >= BGZF_EOF.length && (await endsWithEof(read, size));
        return { ...summarise(fields.text, fields.references), headerBytes: fields.bytes, eofMarker };
      }
      if (base + at > maxHeaderBytes)
        throw new BamFormatError(`no complete header in the first ${maxHeaderBytes} bytes`);
    }
    carry = bytes.subarray(at);
    next += chunk.length;
  }
  throw new BamFormatError(
    `truncated: the file ends at byte ${size} inside ${carry.length > 0 ? 'a BGZF block' : 'the header'} (${header.received} inflated header bytes read)`,
  );
}

async function endsWithEof(read: RangeReader, size: number): Promise<boolean> {
  const tail = await read(size - BGZF_EOF.length, size - 1);
  return tail.length === BGZF_EOF.length && BGZF_EOF.every((byte, index) => tail[index] === byte);
}
