/** Finding the JSON object in a language model's answer. */

/**
 * The first JSON object in `text` that parses: the whole text, the content of a ```` ```json ```` fence, or the first
 * balanced `{...}` span. Returns `undefined` when none parses; arrays and scalars do not count.
 *
 * @example
 * ```ts
 * extractJsonObject('Here you go:\n```json\n{"label": "cat"}\n```'); // { label: 'cat' }
 * ```
 */
export function extractJsonObject(text: string): Record<string, unknown> | undefined {
  const whole = parseObject(text.trim());
  if (whole !== undefined) return whole;
  for (const match of text.matchAll(/```(?:json|JSON)?\s*\n?([\s\S]*?)```/g)) {
    const fenced = parseObject((match[1] ?? '').trim());
    if (fenced !== undefined) return fenced;
  }
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    const end = balancedEnd(text, start);
    if (end === undefined) continue;
    const candidate = parseObject(text.slice(start, end + 1));
    if (candidate !== undefined) return candidate;
  }
  return undefined;
}

function parseObject(candidate: string): Record<string, unknown> | undefined {
  if (!candidate.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(candidate);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Index of the `}` closing the `{` at `start`, skipping braces inside JSON strings; undefined when unbalanced. */
function balancedEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return undefined;
}
