/** The frames to sample from a video: one every `intervalMs`, from 0 up to (not including) the duration. */
import { ValidationError } from '@fsxn-s3ap/shared/errors';

/** One planned frame: its position in the plan and its time in milliseconds. */
export interface PlannedFrame {
  index: number;
  timestampMs: number;
}

/**
 * Frames at 0, interval, 2 x interval, ... below `durationMs`, at most `maxFrames` of them (a zero-length video still
 * gets the frame at 0). Throws ValidationError on a non-positive interval or cap.
 */
export function planFrames(durationMs: number, intervalMs: number, maxFrames: number): PlannedFrame[] {
  if (!Number.isFinite(intervalMs) || intervalMs <= 0)
    throw new ValidationError(`FrameInterval must be > 0, got ${intervalMs}`);
  if (!Number.isInteger(maxFrames) || maxFrames < 1)
    throw new ValidationError(`maxFrames must be >= 1, got ${maxFrames}`);
  const count = Math.max(1, Math.min(maxFrames, Math.ceil(Math.max(0, durationMs) / intervalMs)));
  return Array.from({ length: count }, (_, index) => ({ index, timestampMs: index * intervalMs }));
}
