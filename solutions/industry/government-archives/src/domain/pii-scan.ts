/**
 * Personal data of a whole record through the EntityExtractor port, whose requests are bounded
 * (MAX_ENTITY_TEXT_BYTES): long text is cut into chunks at a line break or space, each scanned, offsets shifted back.
 */
import type { EntityExtractor, PiiEntity } from '@fsxn-s3ap/shared/ai';

/** Characters per request: at most 3 UTF-8 bytes each, well inside Comprehend's 100 KB. */
export const PII_CHUNK_CHARS = 30_000;
/** How far back from a chunk's end a break (line break or space) is looked for. */
const BREAK_WINDOW = 1_000;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The last position in (low, limit] right after a char that `isBreak` accepts, or undefined. */
function lastBreak(low: number, limit: number, isBreak: (at: number) => boolean): number | undefined {
  for (let at = limit; at > low; at -= 1) if (isBreak(at - 1)) return at;
  return undefined;
}

/**
 * Where the chunk starting at `start` ends: after the last line break near the limit, else after a space between
 * two non-digits (card numbers and phones hold spaces between digits), else at the limit, never inside a pair.
 */
export function chunkEnd(text: string, start: number, size = PII_CHUNK_CHARS): number {
  const limit = start + size;
  if (limit >= text.length) return text.length;
  const low = Math.max(start, limit - BREAK_WINDOW);
  const line = lastBreak(low, limit, (at) => text.charCodeAt(at) === 10);
  if (line !== undefined) return line;
  const space = lastBreak(
    low,
    limit,
    (at) => text.charCodeAt(at) === 32 && !isDigit(text.charCodeAt(at - 1)) && !isDigit(text.charCodeAt(at + 1)),
  );
  if (space !== undefined) return space;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Every piece of personal data in `text`, sorted by offset, offsets relative to the whole text. */
export async function scanPii(extractor: EntityExtractor, text: string, size = PII_CHUNK_CHARS): Promise<PiiEntity[]> {
  const found: PiiEntity[] = [];
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start, size);
    const entities = await extractor.detectPii({ text: text.slice(start, end) });
    for (const entity of entities) {
      found.push({ ...entity, beginOffset: entity.beginOffset + start, endOffset: entity.endOffset + start });
    }
    start = end;
  }
  return found;
}
