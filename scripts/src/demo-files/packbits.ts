/** Longest literal or repeat run one PackBits header byte can announce. */
const MAX_RUN = 128;

function repeatLength(row: Uint8Array, start: number): number {
  let length = 1;
  while (start + length < row.length && length < MAX_RUN && row[start + length] === row[start]) length += 1;
  return length;
}

/**
 * PackBits (TIFF compression 32773) of one row: repeats of 3 or more bytes become a (1 - count, byte) pair, the
 * rest literal runs of up to 128 bytes. Linear in the row length.
 */
export function packBits(row: Uint8Array): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < row.length) {
    const repeat = repeatLength(row, i);
    if (repeat >= 3) {
      out.push(257 - repeat, row[i] ?? 0);
      i += repeat;
      continue;
    }
    const start = i;
    while (i < row.length && i - start < MAX_RUN && (i === start || repeatLength(row, i) < 3)) i += 1;
    out.push(i - start - 1, ...row.subarray(start, i));
  }
  return Uint8Array.from(out);
}
