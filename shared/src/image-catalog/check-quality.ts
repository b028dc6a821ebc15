/** QualityCheck: dimensions from the image header (no pixel decoding), rules applied, written to `quality/`. */
import { type ImageFormat, type ImageHeader, readImageHeader } from '../ai';
import { errorMessage, InvalidImageError } from '../errors';
import type { ImageObject } from './image-object';
import { resultKey } from './output-keys';
import type { ImagePorts } from './ports';
import { checkFileSize, evaluateQuality, type QualityCheck } from './quality-rules';

/** The quality result of one image; `reasons` lists every failed rule. */
export interface QualityResult {
  key: string;
  etag: string;
  lastModified: string;
  size: number;
  format: ImageFormat | null;
  width: number | null;
  height: number | null;
  passed: boolean;
  checks: QualityCheck[];
  reasons: string[];
  checkedAt: string;
}

/** Bytes read first: enough for the header of almost every image. */
export const HEADER_PROBE_BYTES = 64 * 1024;
/** Bytes read at most, for JPEGs whose frame header sits behind large metadata segments. */
export const HEADER_MAX_BYTES = 1024 * 1024;

/** The header of an image, reading 64 KB first and up to 1 MB when the frame header lies further. */
export async function readHeader(object: ImageObject, ports: Pick<ImagePorts, 'input'>): Promise<ImageHeader> {
  if (object.size === 0) throw new InvalidImageError('Image is empty (0 bytes)');
  const probe = Math.min(object.size, HEADER_PROBE_BYTES);
  try {
    return readImageHeader(await ports.input.getRange(object.key, 0, probe - 1));
  } catch (error) {
    if (!(error instanceof InvalidImageError) || object.size <= probe) throw error;
    const more = Math.min(object.size, HEADER_MAX_BYTES);
    return readImageHeader(await ports.input.getRange(object.key, 0, more - 1));
  }
}

/** Checks one image and writes `quality/...json`. A corrupt or truncated header fails the image, not the call. */
export async function checkQuality(
  object: ImageObject,
  ports: Pick<ImagePorts, 'input' | 'output' | 'now' | 'settings'>,
): Promise<{ result: QualityResult; key: string }> {
  const rules = ports.settings.quality;
  let header: ImageHeader | undefined;
  let checks: QualityCheck[];
  try {
    header = await readHeader(object, ports);
    checks = evaluateQuality(object.size, header, rules);
  } catch (error) {
    if (!(error instanceof InvalidImageError)) throw error;
    const unreadable = `unreadable image header: ${errorMessage(error)}`;
    checks = [{ rule: 'readable-header', passed: false, reason: unreadable }, checkFileSize(object.size, rules)];
  }
  const reasons = checks.flatMap((check) => (check.passed || check.reason === undefined ? [] : [check.reason]));
  const result: QualityResult = {
    key: object.key,
    etag: object.etag,
    lastModified: object.lastModified,
    size: object.size,
    format: header?.format ?? null,
    width: header?.width ?? null,
    height: header?.height ?? null,
    passed: reasons.length === 0,
    checks,
    reasons,
    checkedAt: ports.now.toISOString(),
  };
  const key = await ports.output.putJson(resultKey('quality', object, ports.now), result);
  return { result, key };
}
