/** Asking a language model for a JSON answer checked against a schema, with a rule-based fallback. */
import { AiServiceError, errorMessage, isTransientError, ThrottlingError } from '../errors';
import { parseWith } from '../schema';
import type * as z from '../schema/zod';
import { extractJsonObject } from './extract-json';
import type { TextGenerationRequest, TextGenerator } from './text-generator';

/** Why the fallback answered: no JSON object, a JSON object the schema rejects, or a non-transient model error. */
export type StructuredFailure = 'invalid-json' | 'schema-mismatch' | 'model-error';

/** The answer and where it came from. */
export interface StructuredAnswer<T> {
  value: T;
  source: 'model' | 'fallback';
  /** With `source: 'fallback'`: the kind of failure. */
  failure?: StructuredFailure;
  /** With `source: 'fallback'`: what was wrong, for the log or the report (never the model's answer itself). */
  reason?: string;
  /** The model that answered, when one did. */
  modelId?: string;
}

/**
 * The keys an object schema requires (optional ones left out), so the generator is asked for exactly those; `[]`
 * for a schema that is not an object.
 */
export function requiredKeysOf(schema: z.ZodMiniType): string[] {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodMiniType> };
  if (def.type !== 'object' || def.shape === undefined) return [];
  return Object.entries(def.shape)
    .filter(([, field]) => field._zod.optin !== 'optional')
    .map(([key]) => key);
}

/**
 * Asks `generator` for a JSON object and validates it strictly with `schema` (use `z.strictObject` to reject
 * unknown keys). When the answer holds no JSON object, the schema rejects it, or the model fails for a reason that
 * retrying will not fix, the rule-based `fallback()` answers instead, with `source: 'fallback'` and the reason.
 * Throttling and transient failures (timeouts, 5xx) are rethrown, so the state machine's Retry handles them.
 * Unless the request names `expectJsonKeys`, the object schema's required keys are asked for.
 *
 * @example
 * ```ts
 * const Claim = z.strictObject({ category: z.enum(['auto', 'home']), amount: z.number() });
 * const { value, source } = await generateStructured(generator, { prompt }, Claim, () => classifyByRules(text));
 * ```
 */
export async function generateStructured<S extends z.ZodMiniType>(
  generator: TextGenerator,
  request: TextGenerationRequest,
  schema: S,
  fallback: () => z.infer<S>,
): Promise<StructuredAnswer<z.infer<S>>> {
  const keys = request.expectJsonKeys ?? requiredKeysOf(schema);
  const fellBack = (failure: StructuredFailure, reason: string, modelId?: string): StructuredAnswer<z.infer<S>> => ({
    value: fallback(),
    source: 'fallback',
    failure,
    reason,
    ...(modelId === undefined ? {} : { modelId }),
  });
  let answer: Awaited<ReturnType<TextGenerator['generate']>>;
  try {
    answer = await generator.generate({ ...request, ...(keys.length > 0 ? { expectJsonKeys: keys } : {}) });
  } catch (error) {
    if (retryable(error)) throw error;
    return fellBack(answerShapeError(error) ? 'invalid-json' : 'model-error', errorMessage(error));
  }
  const json = answer.json ?? extractJsonObject(answer.text);
  if (json === undefined) return fellBack('invalid-json', 'the answer holds no JSON object', answer.modelId);
  try {
    return { value: parseWith(schema, json, 'model answer'), source: 'model', modelId: answer.modelId };
  } catch (error) {
    return fellBack('schema-mismatch', errorMessage(error), answer.modelId);
  }
}

/** Throttling, or an error (or the SDK error behind an AiServiceError) that may succeed when retried. */
function retryable(error: unknown): boolean {
  if (error instanceof ThrottlingError) return true;
  if (error instanceof AiServiceError && error.cause !== undefined) return isTransientError(error.cause);
  return isTransientError(error);
}

/** An AiServiceError raised about the answer itself (no JSON, missing keys) rather than by the service call. */
function answerShapeError(error: unknown): boolean {
  return error instanceof AiServiceError && error.cause === undefined;
}
