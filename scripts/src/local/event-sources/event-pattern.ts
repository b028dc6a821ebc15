type Json = unknown;

function matchesRule(rule: Json, value: Json, present: boolean): boolean {
  if (rule === null || typeof rule !== 'object') return present && value === rule;
  const spec = rule as Record<string, Json>;
  if ('exists' in spec) return spec.exists === present;
  if (!present) return false;
  if ('prefix' in spec) return typeof value === 'string' && value.startsWith(String(spec.prefix));
  if ('suffix' in spec) return typeof value === 'string' && value.endsWith(String(spec.suffix));
  if ('equals-ignore-case' in spec) {
    return typeof value === 'string' && value.toLowerCase() === String(spec['equals-ignore-case']).toLowerCase();
  }
  if ('wildcard' in spec) {
    const source = String(spec.wildcard)
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*');
    return typeof value === 'string' && new RegExp(`^${source}$`).test(value);
  }
  if ('anything-but' in spec) {
    const excluded = spec['anything-but'];
    return !(Array.isArray(excluded) ? excluded : [excluded]).some((item) => matchesRule(item, value, present));
  }
  if ('numeric' in spec && Array.isArray(spec.numeric)) {
    const ops = spec.numeric as (string | number)[];
    if (typeof value !== 'number') return false;
    for (let i = 0; i < ops.length; i += 2) {
      const [op, bound] = [ops[i], Number(ops[i + 1])];
      const ok = {
        '=': value === bound,
        '<': value < bound,
        '<=': value <= bound,
        '>': value > bound,
        '>=': value >= bound,
      }[String(op)];
      if (!ok) return false;
    }
    return true;
  }
  return false;
}

function matchesField(pattern: Json, value: Json, present: boolean): boolean {
  if (Array.isArray(pattern)) {
    const values = Array.isArray(value) ? value : [value];
    return pattern.some((rule) =>
      values.length === 0
        ? matchesRule(rule, undefined, false)
        : values.some((item) => matchesRule(rule, item, present)),
    );
  }
  if (pattern && typeof pattern === 'object') {
    if (!present || !value || typeof value !== 'object') {
      return Object.values(pattern).every((inner) => matchesField(inner, undefined, false));
    }
    return matchesEventPattern(pattern as Record<string, Json>, value as Record<string, Json>);
  }
  return false;
}

/**
 * True when `event` matches an EventBridge event pattern: literal lists, nested fields, prefix, suffix,
 * equals-ignore-case, wildcard, anything-but, exists and numeric comparisons.
 */
export function matchesEventPattern(pattern: Record<string, Json>, event: Record<string, Json>): boolean {
  return Object.entries(pattern).every(([key, rule]) =>
    matchesField(rule, event[key], key in event && event[key] !== undefined),
  );
}
