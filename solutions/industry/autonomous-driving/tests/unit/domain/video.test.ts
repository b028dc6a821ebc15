import { DemoImageLabeler } from '@fsxn-s3ap/shared/ai';
import { writeMovie } from '../../../scripts/demo-data/mp4-writer';
import { encodePng } from '../../../scripts/demo-data/png';
import { analyzeVideo, planFrames, readContainer } from '../../../src/domain/video';
import { readBoxHeader } from '../../../src/domain/video/boxes';
import { createRangeInput } from '../fakes';

const frame = (shade: number) => encodePng(64, 36, () => [shade, 100, 200]);
const frames = [0, 50, 100, 150, 200].map(frame);

describe('readContainer', () => {
  it('reads mvhd duration and tkhd size of an MP4 whose moov follows mdat', async () => {
    // Prepare
    const bytes = writeMovie({ brand: 'isom', frames, width: 64, height: 36, timescale: 1000, frameDuration: 500 });
    const input = createRangeInput({ 'a.mp4': bytes });

    // Act
    const info = await readContainer(input, 'a.mp4', bytes.length);

    // Assess
    expect(info).toMatchObject({
      brand: 'isom',
      durationMs: 2500,
      timescale: 1000,
      width: 64,
      height: 36,
      mvhdVersion: 0,
      tkhdVersion: 0,
      codec: 'png ',
    });
    expect(input.reads.every((read) => read.end - read.start < 1024 || read.start > 0)).toBe(true);
  });

  it('reads version 1 headers, a 64-bit mdat size and co64 offsets of a MOV', async () => {
    // Prepare
    const bytes = writeMovie({
      brand: 'qt  ',
      frames,
      width: 64,
      height: 36,
      timescale: 600,
      frameDuration: 600,
      version1: true,
      largeBoxes: true,
      moovFirst: true,
    });
    const input = createRangeInput({ 'a.mov': bytes });

    // Act
    const info = await readContainer(input, 'a.mov', bytes.length);

    // Assess
    expect(info).toMatchObject({
      brand: 'qt  ',
      durationMs: 5000,
      mvhdVersion: 1,
      tkhdVersion: 1,
      width: 64,
      height: 36,
      mediaTimescale: 600,
    });
    expect(info.samples.chunkOffsets).toHaveLength(5);
  });

  it('never reads the media data it does not need', async () => {
    // Prepare: frames of 20 KB each make mdat large compared with the headers.
    const big = Array.from({ length: 4 }, (_, index) => Buffer.alloc(20_000, index));
    const bytes = writeMovie({
      brand: 'isom',
      frames: big,
      width: 8,
      height: 8,
      timescale: 1000,
      frameDuration: 1000,
      codec: 'avc1',
    });
    const input = createRangeInput({ 'a.mp4': bytes });

    // Act
    await readContainer(input, 'a.mp4', bytes.length);

    // Assess
    const read = input.reads.reduce((sum, range) => sum + range.end - range.start + 1, 0);
    expect(read).toBeLessThan(2_000);
  });

  it('rejects a file without a moov box', async () => {
    // Prepare
    const bytes = Buffer.concat([Buffer.from([0, 0, 0, 16]), Buffer.from('ftypisom'), Buffer.alloc(4)]);

    // Act / Assess
    await expect(readContainer(createRangeInput({ x: bytes }), 'x', bytes.length)).rejects.toMatchObject({
      name: 'InvalidContainerError',
    });
  });

  it('rejects a box whose size runs past the end of the file', async () => {
    // Prepare
    const bytes = Buffer.concat([Buffer.from([0, 0, 1, 0]), Buffer.from('moov'), Buffer.alloc(8)]);

    // Act / Assess
    await expect(readContainer(createRangeInput({ x: bytes }), 'x', bytes.length)).rejects.toMatchObject({
      name: 'InvalidContainerError',
    });
  });
});

describe('readBoxHeader', () => {
  it('reads a 64-bit largesize and a size-0 box that runs to the end', () => {
    // Prepare
    const large = Buffer.concat([
      Buffer.from([0, 0, 0, 1]),
      Buffer.from('mdat'),
      Buffer.from([0, 0, 0, 0, 0, 0, 0, 40]),
    ]);
    const toEnd = Buffer.concat([Buffer.from([0, 0, 0, 0]), Buffer.from('mdat')]);

    // Act
    const first = readBoxHeader(new DataView(large.buffer, large.byteOffset, large.length), 0, 100, 200);
    const second = readBoxHeader(new DataView(toEnd.buffer, toEnd.byteOffset, toEnd.length), 0, 100, 164);

    // Assess
    expect(first).toEqual({ type: 'mdat', start: 100, size: 40, headerSize: 16 });
    expect(second).toEqual({ type: 'mdat', start: 100, size: 64, headerSize: 8 });
  });
});

describe('planFrames', () => {
  it('plans a frame every interval below the duration, capped', () => {
    // Act / Assess
    expect(planFrames(3000, 1000, 60).map((f) => f.timestampMs)).toEqual([0, 1000, 2000]);
    expect(planFrames(3001, 1000, 60)).toHaveLength(4);
    expect(planFrames(60_000, 1000, 5)).toHaveLength(5);
    expect(planFrames(0, 1000, 5)).toEqual([{ index: 0, timestampMs: 0 }]);
  });

  it('rejects a non-positive interval', () => {
    // Act / Assess
    expect(() => planFrames(1000, 0, 5)).toThrow(/FrameInterval/);
  });
});

describe('analyzeVideo', () => {
  it('labels the sample playing at each planned time', async () => {
    // Prepare
    const bytes = writeMovie({ brand: 'isom', frames, width: 64, height: 36, timescale: 1000, frameDuration: 500 });
    const labeler = new DemoImageLabeler();

    // Act
    const result = await analyzeVideo(
      { key: 'a.mp4', size: bytes.length },
      { input: createRangeInput({ 'a.mp4': bytes }), labeler, frameIntervalMs: 1000, maxFrames: 60 },
    );

    // Assess
    expect(result.frames.map((f) => f.sampleIndex)).toEqual([0, 2, 4]);
    expect(result.labelledFrames).toBe(3);
    expect(result.frames[1]?.labels).toEqual(await labeler.detectLabels({ bytes: frames[2] ?? Buffer.alloc(0) }));
  });

  it('records an unlabelled plan for codecs that need a decoder', async () => {
    // Prepare
    const bytes = writeMovie({
      brand: 'isom',
      frames: [Buffer.alloc(10), Buffer.alloc(10)],
      width: 8,
      height: 8,
      timescale: 1000,
      frameDuration: 1000,
      codec: 'avc1',
    });

    // Act
    const result = await analyzeVideo(
      { key: 'b.mp4', size: bytes.length },
      {
        input: createRangeInput({ 'b.mp4': bytes }),
        labeler: new DemoImageLabeler(),
        frameIntervalMs: 1000,
        maxFrames: 60,
      },
    );

    // Assess
    expect(result.frames.map((f) => f.labels)).toEqual([null, null]);
    expect(result.note).toMatch(/avc1/);
  });
});
