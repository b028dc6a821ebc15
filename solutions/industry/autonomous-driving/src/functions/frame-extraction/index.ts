/** Frame extraction: reads each video's container by range, plans frames every FrameInterval ms, labels them. */
import type { ImageLabeler } from '@fsxn-s3ap/shared/ai';
import { createImageLabeler } from '@fsxn-s3ap/shared/ai';
import { expandWorkItem } from '@fsxn-s3ap/shared/discovery';
import { recordFilesProcessed, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { PatternConfig } from '../../config';
import { getConfig, getInput, getOutput, lazyDeps, systemClock } from '../../deps';
import { parseItemEvent } from '../../domain/events';
import { videoResultKey } from '../../domain/result-keys';
import { analyzeVideo, type RangeReader } from '../../domain/video';

/** What one Map item returns: a short summary per video; the frames are in the result file. */
export interface VideoSummary {
  key: string;
  resultKey: string;
  durationMs: number;
  width: number;
  height: number;
  codec: string;
  plannedFrames: number;
  labelledFrames: number;
}

export interface FrameExtractionDeps {
  config: Pick<PatternConfig, 'frameIntervalMs' | 'maxFramesPerVideo'>;
  input: RangeReader;
  output: OutputWriter;
  labeler: ImageLabeler;
  clock: () => Date;
}

export const createHandler =
  (deps: FrameExtractionDeps) =>
  async (event: unknown): Promise<{ videos: VideoSummary[] }> => {
    const { item } = parseItemEvent(event);
    const objects = await expandWorkItem(item, deps.output);
    const ports = {
      input: deps.input,
      labeler: deps.labeler,
      frameIntervalMs: deps.config.frameIntervalMs,
      maxFrames: deps.config.maxFramesPerVideo,
    };
    const videos: VideoSummary[] = [];
    for (const object of objects) {
      const result = await analyzeVideo(object, ports);
      const resultKey = await deps.output.putJson(videoResultKey(object.key, deps.clock()), result);
      const { durationMs, width, height, codec } = result.container;
      videos.push({
        key: object.key,
        resultKey,
        durationMs,
        width,
        height,
        codec: codec.trim(),
        plannedFrames: result.frames.length,
        labelledFrames: result.labelledFrames,
      });
    }
    recordFilesProcessed(
      objects.length,
      objects.reduce((sum, object) => sum + object.size, 0),
    );
    return { videos };
  };

export const defaultDeps = (): FrameExtractionDeps =>
  lazyDeps<FrameExtractionDeps>({
    config: getConfig,
    input: getInput,
    output: getOutput,
    labeler: () => createImageLabeler(),
    clock: () => systemClock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
