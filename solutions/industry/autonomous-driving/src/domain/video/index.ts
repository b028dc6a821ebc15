/** Video container reading and frame planning. */
export {
  type AnalyzeVideoPorts,
  analyzeVideo,
  type FrameResult,
  IMAGE_SAMPLE_CODECS,
  type VideoResult,
} from './analyze-video';
export { type PlannedFrame, planFrames } from './frame-plan';
export { type ContainerInfo, MAX_MOOV_BYTES, type RangeReader, readContainer } from './read-container';
