/** Video QC: container facts, a frame plan every FrameInterval ms, and labels for frames stored as images. */
import type { ImageLabeler, Label } from '@fsxn-s3ap/shared/ai';
import { type PlannedFrame, planFrames } from './frame-plan';
import { type ContainerInfo, type RangeReader, readContainer } from './read-container';
import { locateSample, sampleAtTime } from './sample-table';

/** Sample formats whose samples are whole still images an ImageLabeler can read. */
export const IMAGE_SAMPLE_CODECS: readonly string[] = ['png ', 'jpeg', 'mjpa', 'mjpb'];

/** Largest frame sample sent to the labeler (Rekognition takes up to 5 MB). */
const MAX_FRAME_BYTES = 5 * 1024 * 1024;

/** One planned frame and what was found in it. */
export interface FrameResult extends PlannedFrame {
  sampleIndex: number;
  /** Labels, or null when the codec's frames need a decoder (avc1, hvc1, ...) and were not labelled. */
  labels: Label[] | null;
}

/** The per-video result written to results/ and read back by the annotation manager. */
export interface VideoResult {
  key: string;
  size: number;
  container: Omit<ContainerInfo, 'samples'> & { sampleCount: number };
  frameIntervalMs: number;
  frames: FrameResult[];
  labelledFrames: number;
  /** Why frames were not labelled, when they were not. */
  note?: string;
}

/** What analysing a video needs. */
export interface AnalyzeVideoPorts {
  input: RangeReader;
  labeler: ImageLabeler;
  frameIntervalMs: number;
  maxFrames: number;
}

/** Reads the container by range, plans the frames and labels every planned frame stored as an image. */
export async function analyzeVideo(
  object: { key: string; size: number },
  ports: AnalyzeVideoPorts,
): Promise<VideoResult> {
  const info = await readContainer(ports.input, object.key, object.size);
  const plan = planFrames(info.durationMs, ports.frameIntervalMs, ports.maxFrames);
  const decodable = IMAGE_SAMPLE_CODECS.includes(info.codec);
  const frames: FrameResult[] = [];
  for (const frame of plan) {
    const sampleIndex = sampleAtTime(info.samples, Math.floor((frame.timestampMs * info.mediaTimescale) / 1000));
    const location = locateSample(info.samples, sampleIndex);
    let labels: Label[] | null = null;
    if (decodable && location && location.size > 0 && location.size <= MAX_FRAME_BYTES) {
      const bytes = await ports.input.getRange(object.key, location.offset, location.offset + location.size - 1);
      labels = await ports.labeler.detectLabels({ bytes });
    }
    frames.push({ ...frame, sampleIndex, labels });
  }
  const { samples, ...container } = info;
  const labelledFrames = frames.filter((frame) => frame.labels !== null).length;
  return {
    key: object.key,
    size: object.size,
    container: { ...container, sampleCount: samples.sizes.length },
    frameIntervalMs: ports.frameIntervalMs,
    frames,
    labelledFrames,
    ...(decodable
      ? {}
      : { note: `${info.codec.trim()} frames need a video decoder; the frame plan is recorded unlabelled` }),
  };
}
