/** Writers of small, valid PCD (ascii, binary, binary_compressed) and LAS 1.2 files for demos and tests. */

/** One point: position and intensity. */
export interface Point {
  x: number;
  y: number;
  z: number;
  intensity: number;
}

/** Deterministic points on a gentle spiral (the same `count` always gives the same cloud). */
export function spiralPoints(count: number): Point[] {
  return Array.from({ length: count }, (_, i) => ({
    x: Math.round(Math.cos(i / 2) * (1 + i / 4) * 100) / 100,
    y: Math.round(Math.sin(i / 2) * (1 + i / 4) * 100) / 100,
    z: Math.round((i % 5) * 0.1 * 100) / 100,
    intensity: (i * 37) % 256,
  }));
}

function pcdHeader(points: number, data: string, declaredPoints = points): string {
  return [
    '# .PCD v0.7 - Point Cloud Data file format',
    'VERSION 0.7',
    'FIELDS x y z intensity',
    'SIZE 4 4 4 4',
    'TYPE F F F F',
    'COUNT 1 1 1 1',
    `WIDTH ${declaredPoints}`,
    'HEIGHT 1',
    'VIEWPOINT 0 0 0 1 0 0 0',
    `POINTS ${declaredPoints}`,
    `DATA ${data}`,
    '',
  ].join('\n');
}

/** An ascii PCD. */
export function asciiPcd(points: readonly Point[]): Buffer {
  const body = points.map((p) => `${p.x} ${p.y} ${p.z} ${p.intensity}`).join('\n');
  return Buffer.from(`${pcdHeader(points.length, 'ascii')}${body}\n`, 'latin1');
}

function float32s(values: readonly number[]): Buffer {
  const out = Buffer.alloc(values.length * 4);
  values.forEach((value, index) => out.writeFloatLE(value, index * 4));
  return out;
}

/** A binary PCD (points interleaved); `declaredPoints` larger than the data makes a truncated file. */
export function binaryPcd(points: readonly Point[], declaredPoints = points.length): Buffer {
  const data = float32s(points.flatMap((p) => [p.x, p.y, p.z, p.intensity]));
  return Buffer.concat([Buffer.from(pcdHeader(points.length, 'binary', declaredPoints), 'latin1'), data]);
}

/** LZF with literal runs only: valid LZF that any decoder reads, without a compressor. */
export function lzfLiterals(input: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < input.length; at += 32) {
    const run = input.subarray(at, at + 32);
    parts.push(Buffer.from([run.length - 1]), run);
  }
  return Buffer.concat(parts);
}

/** A binary_compressed PCD: fields stored one after another (x..., y..., z..., intensity...), then LZF. */
export function compressedPcd(points: readonly Point[]): Buffer {
  const raw = float32s([...points.map((p) => p.x), ...points.map((p) => p.y), ...points.map((p) => p.z), ...points.map((p) => p.intensity)]);
  const compressed = lzfLiterals(raw);
  const sizes = Buffer.alloc(8);
  sizes.writeUInt32LE(compressed.length, 0);
  sizes.writeUInt32LE(raw.length, 4);
  return Buffer.concat([Buffer.from(pcdHeader(points.length, 'binary_compressed'), 'latin1'), sizes, compressed]);
}

/** A LAS 1.2 file with point format 0 (20-byte records), no VLRs, scale 0.01. */
export function las12(points: readonly Point[]): Buffer {
  const header = Buffer.alloc(227);
  header.write('LASF', 0, 'latin1');
  header.writeUInt8(1, 24);
  header.writeUInt8(2, 25);
  header.write('fsxn-s3ap demo', 26, 'latin1');
  header.write('generate-demo-data', 58, 'latin1');
  header.writeUInt16LE(1, 90);
  header.writeUInt16LE(2025, 92);
  header.writeUInt16LE(227, 94);
  header.writeUInt32LE(227, 96);
  header.writeUInt32LE(0, 100);
  header.writeUInt8(0, 104);
  header.writeUInt16LE(20, 105);
  header.writeUInt32LE(points.length, 107);
  header.writeUInt32LE(points.length, 111);
  [0.01, 0.01, 0.01].forEach((scale, axis) => header.writeDoubleLE(scale, 131 + axis * 8));
  const axes = (['x', 'y', 'z'] as const).map((axis) => points.map((p) => p[axis]));
  axes.forEach((values, axis) => {
    header.writeDoubleLE(Math.max(...values), 179 + axis * 16);
    header.writeDoubleLE(Math.min(...values), 187 + axis * 16);
  });
  const records = points.map((p) => {
    const record = Buffer.alloc(20);
    record.writeInt32LE(Math.round(p.x * 100), 0);
    record.writeInt32LE(Math.round(p.y * 100), 4);
    record.writeInt32LE(Math.round(p.z * 100), 8);
    record.writeUInt16LE(p.intensity, 12);
    record.writeUInt8(0b00001001, 14); // return 1 of 1
    record.writeUInt8(2, 15); // ground
    return record;
  });
  return Buffer.concat([header, ...records]);
}
