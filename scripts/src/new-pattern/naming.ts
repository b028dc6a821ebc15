/** The rules a new pattern's category and name follow, and the names derived from them. */

/** The categories under `solutions/`, each with the prefix of its pattern ids. */
export const CATEGORY_ID_PREFIX = {
  industry: 'IND',
  flexcache: 'FC',
  genai: 'GEN',
  sap: 'SAP',
  ha: 'HA',
  'event-driven': 'EVT',
  edge: 'EDGE',
} as const;

export type Category = keyof typeof CATEGORY_ID_PREFIX;

/** Every category, in the order the catalog lists them. */
export const CATEGORIES = Object.keys(CATEGORY_ID_PREFIX) as Category[];

/** Kebab-case: lower-case words of letters and digits, starting with a letter, joined by single hyphens. */
export const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Longest pattern name; it ends up in function names (`<stack>-discovery`), which AWS caps at 64 characters. */
export const MAX_NAME_LENGTH = 40;

/** A category or name the scaffold refuses; the message says what is accepted. */
export class PatternNameError extends Error {
  override readonly name = 'PatternNameError';
}

/** The category, or PatternNameError listing the valid ones. */
export function parseCategory(value: string | undefined): Category {
  if (value === undefined || value === '') {
    throw new PatternNameError(`--category is required; one of: ${CATEGORIES.join(', ')}`);
  }
  if (!(CATEGORIES as string[]).includes(value)) {
    throw new PatternNameError(`Unknown category "${value}"; use one of: ${CATEGORIES.join(', ')}`);
  }
  return value as Category;
}

/** The name, or PatternNameError saying which rule it breaks. */
export function parseName(value: string | undefined): string {
  if (value === undefined || value === '') {
    throw new PatternNameError('--name is required: a kebab-case name such as file-inventory');
  }
  if (value.length > MAX_NAME_LENGTH) {
    throw new PatternNameError(`Name "${value}" is ${value.length} characters long; the limit is ${MAX_NAME_LENGTH}`);
  }
  if (!NAME_PATTERN.test(value)) {
    throw new PatternNameError(
      `Name "${value}" is not kebab-case: use lower-case letters, digits and single hyphens, starting with a letter`,
    );
  }
  return value;
}

/**
 * The pattern id: the category's prefix, a hyphen, and the name in upper case.
 * @example patternId('genai', 'doc-search') // 'GEN-DOC-SEARCH'
 */
export function patternId(category: Category, name: string): string {
  return `${CATEGORY_ID_PREFIX[category]}-${name.toUpperCase()}`;
}

/**
 * A title from the name: words capitalised.
 * @example patternTitle('doc-search') // 'Doc Search'
 */
export function patternTitle(name: string): string {
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
