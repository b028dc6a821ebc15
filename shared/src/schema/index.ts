/**
 * Schemas for events and configuration, on `zod/mini` (imported as `import * as z from '@fsxn-s3ap/shared/zod'`: about 13 KB in a minified bundle, against about 450 KB for
 * the classic `zod` API that Powertools Parser builds on; measured by `make bench`). {@link parseWith} turns a
 * failed parse into the toolkit's {@link ValidationError}, naming the field and what was wrong.
 */
import { ValidationError } from '../errors';
import * as z from './zod';

/** The first issues listed in a message; the rest are counted. */
const MAX_LISTED_ISSUES = 5;

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}

/**
 * `value` parsed by `schema`, or a ValidationError listing what is wrong with it, each issue prefixed by `what`
 * and the field's path.
 * @example parseWith(ItemEventSchema, event, 'item event') // ValidationError: item event.executionId: ...
 */
export function parseWith<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${what}${pathOf(issue.path)}: ${issue.message}`);
  const more = issues.length > MAX_LISTED_ISSUES ? ` (and ${issues.length - MAX_LISTED_ISSUES} more)` : '';
  throw new ValidationError(`${listed.join('; ')}${more}`, { cause: parsed.error });
}

/** A string that is not empty after trimming. */
export const nonEmptyString = (): z.ZodMiniString<string> => z.string().check(z.trim(), z.minLength(1));

/** A safe integer >= 0. */
export const count = () => z.int().check(z.minimum(0));
