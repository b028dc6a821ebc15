const TYPES = ['Boolean', 'Numeric', 'String', 'Timestamp'] as const;
const COMPARISONS = ['Equals', 'GreaterThan', 'GreaterThanEquals', 'LessThan', 'LessThanEquals'] as const;

function comparisonOperators(): string[] {
  const names: string[] = ['BooleanEquals', 'BooleanEqualsPath', 'StringMatches'];
  for (const type of TYPES.filter((t) => t !== 'Boolean')) {
    for (const comparison of COMPARISONS) names.push(`${type}${comparison}`, `${type}${comparison}Path`);
  }
  return names;
}

/** Every comparison operator a JSONPath Choice rule may use. */
export const CHOICE_OPERATORS: ReadonlySet<string> = new Set([
  ...comparisonOperators(),
  'IsBoolean',
  'IsNull',
  'IsNumeric',
  'IsPresent',
  'IsString',
  'IsTimestamp',
]);

/** Fields of a Choice rule besides its comparison operator. */
export const CHOICE_RULE_FIELDS: ReadonlySet<string> = new Set(['Variable', 'Next', 'Comment', 'And', 'Or', 'Not']);

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest known operator to a misspelt one, when one is close enough to be a likely typo. */
export function suggestOperator(name: string): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const operator of CHOICE_OPERATORS) {
    const score = distance(name, operator);
    if (!best || score < best.score) best = { name: operator, score };
  }
  return best && best.score <= Math.max(3, Math.floor(name.length / 4)) ? best.name : undefined;
}
