/**
 * Redaction of secrets in structured logs. Step Functions task tokens, passwords, API keys and credentials must
 * never reach CloudWatch Logs, so every key whose name matches {@link SENSITIVE_KEY_PATTERN} has its value replaced
 * by {@link REDACTED}, at any depth of the logged object.
 */

/** Key names whose values are never logged. */
export const SENSITIVE_KEY_PATTERN = /token|secret|password|authorization|credential/i;

/** What a redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

/**
 * Token *counts* reported by language models (`inputTokens`, `outputTokens`, `totalTokens`, `maxTokens`) are
 * usage figures, not secrets; they stay visible when their value is a number.
 */
const TOKEN_COUNT_KEY = /^(input|output|total|max)Tokens$/i;

/** True when the value stored under `key` must not be logged. */
export function isSensitiveKey(key: string, value?: unknown): boolean {
  if (!SENSITIVE_KEY_PATTERN.test(key)) return false;
  return !(TOKEN_COUNT_KEY.test(key) && typeof value === 'number');
}

/**
 * A `JSON.stringify` replacer that redacts sensitive keys. `JSON.stringify` calls it for every key of every nested
 * object and array, so nested secrets are redacted too; Powertools Logger takes it as `jsonReplacerFn`.
 */
export function redactingReplacer(key: string, value: unknown): unknown {
  return key !== '' && isSensitiveKey(key, value) ? REDACTED : value;
}

/**
 * A deep copy of `value` with sensitive keys redacted, for values logged or stored outside the logger.
 * Circular references become `'[Circular]'`.
 */
export function redactSensitive(value: unknown): unknown {
  return copy(value, new WeakSet<object>());
}

function copy(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => copy(item, seen));
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return value;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      result[key] = isSensitiveKey(key, item) ? REDACTED : copy(item, seen);
    }
    return result;
  } finally {
    seen.delete(value);
  }
}
