import type { S3Client } from '@aws-sdk/client-s3';
import { TaskError } from '../errors';
import { type ItemReaderSpec, readItems } from './item-reader';
import { compileTemplate, type Json, queryPath, type TemplateContext } from './json-path';
import type { DistributedMapSpec } from './transform';

/**
 * The items of one Map run: read by the ItemReader, or the array at ItemsPath (default `$`), each passed through
 * ItemSelector (or the legacy Parameters) with `$$.Map.Item.Index` and `$$.Map.Item.Value` set.
 */
export async function mapItems(
  spec: DistributedMapSpec,
  input: unknown,
  context: TemplateContext,
  s3: S3Client | undefined,
): Promise<Json[]> {
  const { state } = spec;
  const items = state.ItemReader
    ? await readItems(state.ItemReader as unknown as ItemReaderSpec, input, context, s3)
    : queryPath(typeof state.ItemsPath === 'string' ? state.ItemsPath : '$', input, context);
  if (!Array.isArray(items)) {
    throw new TaskError('States.Runtime', `state "${spec.stateName}": ItemsPath does not select an array`);
  }
  const selector = (state.ItemSelector ?? state.Parameters) as Json | undefined;
  if (selector === undefined) return items;
  const apply = compileTemplate(selector);
  const selected: Json[] = [];
  for (const [index, value] of items.entries()) {
    selected.push(await apply(input, { ...context, Map: { Item: { Index: index, Value: value } } }));
  }
  return selected;
}
