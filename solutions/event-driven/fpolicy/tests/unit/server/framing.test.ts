import fc from 'fast-check';
import { FramingError } from '../../../src/errors';
import {
  encodeFrame,
  FrameDecoder,
  MAX_FRAME_BYTES,
  MAX_HANDSHAKE_FRAME_BYTES,
  MAX_STRAY_BYTES,
} from '../../../src/server/framing';

const payloads = fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 12 });

function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

describe('FrameDecoder', () => {
  it('decodes what encodeFrame produced (round trip)', () => {
    fc.assert(
      fc.property(payloads, (items) => {
        // Act
        const frames = new FrameDecoder().push(Buffer.concat(items.map((item) => encodeFrame(item))));

        // Assess
        expect(frames.map((frame) => Buffer.from(frame))).toEqual(items.map((item) => Buffer.from(item)));
      }),
    );
  });

  it('yields the same frames however the byte stream is chunked', () => {
    fc.assert(
      fc.property(payloads, fc.array(fc.nat(), { maxLength: 30 }), (items, cuts) => {
        // Prepare
        const stream = Buffer.concat(items.map((item) => encodeFrame(item)));
        const decoder = new FrameDecoder();

        // Act
        const frames = split(stream, cuts).flatMap((chunk) => decoder.push(chunk));

        // Assess
        expect(frames.map((frame) => Buffer.from(frame))).toEqual(items.map((item) => Buffer.from(item)));
        expect(decoder.pendingBytes).toBe(0);
      }),
    );
  });

  it('skips NUL padding before the opening quote', () => {
    // Prepare
    const stream = Buffer.concat([
      Buffer.alloc(3),
      encodeFrame(Buffer.from('a')),
      Buffer.alloc(2),
      encodeFrame(Buffer.from('b')),
    ]);

    // Act
    const frames = new FrameDecoder().push(stream);

    // Assess
    expect(frames.map((frame) => frame.toString())).toEqual(['a', 'b']);
  });

  it('keeps an incomplete frame pending until the rest arrives', () => {
    // Prepare
    const frame = encodeFrame(Buffer.from('hello'));
    const decoder = new FrameDecoder();

    // Act
    const first = decoder.push(frame.subarray(0, 8));
    const pending = decoder.pendingBytes;
    const second = decoder.push(frame.subarray(8));

    // Assess
    expect(first).toEqual([]);
    expect(pending).toBe(8);
    expect(second.map((item) => item.toString())).toEqual(['hello']);
  });

  it.each([
    ['a zero length', Buffer.from([0x22, 0, 0, 0, 0, 0x22]), 'frame length is 0'],
    [
      'an oversize length',
      Buffer.from([0x22, 0, 0xa0, 0, 1, 0x22]),
      `frame length ${0xa00001} exceeds ${MAX_FRAME_BYTES} bytes`,
    ],
    [
      'a missing closing quote',
      Buffer.from([0x22, 0, 0, 0, 1, 0x41, 0x41]),
      'missing closing quote after the 4-byte length',
    ],
    ['no opening quote', Buffer.alloc(MAX_STRAY_BYTES + 1, 0x41), `no opening quote within ${MAX_STRAY_BYTES} bytes`],
  ])('rejects %s with a FramingError and stays failed', (_, bytes, reason) => {
    // Prepare
    const decoder = new FrameDecoder();

    // Act
    const push = () => decoder.push(bytes);

    // Assess
    expect(push).toThrow(new FramingError(reason));
    expect(() => decoder.push(encodeFrame(Buffer.from('ok')))).toThrow(FramingError);
  });

  it('refuses to encode an empty or oversize payload', () => {
    // Act / Assess
    expect(() => encodeFrame(new Uint8Array())).toThrow(FramingError);
    expect(() => encodeFrame(new Uint8Array(MAX_FRAME_BYTES + 1))).toThrow(FramingError);
  });

  it('caps frames at the limit it is given, and the limit can be raised (after the handshake)', () => {
    // Prepare
    const decoder = new FrameDecoder(MAX_HANDSHAKE_FRAME_BYTES);
    const small = encodeFrame(Buffer.alloc(MAX_HANDSHAKE_FRAME_BYTES, 0x41));
    const large = encodeFrame(Buffer.alloc(MAX_HANDSHAKE_FRAME_BYTES + 1, 0x41));

    // Act
    const first = decoder.push(small);
    decoder.maxFrameBytes = MAX_FRAME_BYTES;
    const second = decoder.push(large);

    // Assess
    expect([first.length, second.length]).toEqual([1, 1]);
    expect(() => new FrameDecoder(MAX_HANDSHAKE_FRAME_BYTES).push(large)).toThrow(
      `frame length ${MAX_HANDSHAKE_FRAME_BYTES + 1} exceeds ${MAX_HANDSHAKE_FRAME_BYTES} bytes`,
    );
  });

  it('decodes a frame pushed one byte at a time, counting every pending byte', () => {
    // Prepare
    const body = Buffer.from('x'.repeat(40_000));
    const stream = encodeFrame(body);
    const decoder = new FrameDecoder();
    const frames: Buffer[] = [];

    // Act
    for (let index = 0; index < stream.length - 1; index += 1)
      frames.push(...decoder.push(stream.subarray(index, index + 1)));
    const pending = decoder.pendingBytes;
    frames.push(...decoder.push(stream.subarray(stream.length - 1)));

    // Assess
    expect(pending).toBe(stream.length - 1);
    expect(frames).toEqual([body]);
    expect(decoder.pendingBytes).toBe(0);
  });
});
