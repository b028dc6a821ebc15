import { mapMode } from './distributed-map';
import type { DefinitionProblem } from './problem';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a Map's Comment says to document that its item list is bounded (e.g. "bound: at most 20 parts"). */
export const BOUND_MARKER = 'bound:';

function successors(state: Json): string[] {
  const next: unknown[] = [state.Next, state.Default];
  if (Array.isArray(state.Choices)) next.push(...state.Choices.map((rule) => (isObject(rule) ? rule.Next : undefined)));
  if (Array.isArray(state.Catch)) next.push(...state.Catch.map((rule) => (isObject(rule) ? rule.Next : undefined)));
  return next.filter((name): name is string => typeof name === 'string');
}

/** The root field a JSONPath reads or writes (`$.discovery.items` -> `discovery`); `$` for the whole document. */
export function rootField(path: string): string {
  if (!path.startsWith('$.')) return '$';
  let end = 2;
  while (end < path.length && path[end] !== '.' && path[end] !== '[') end += 1;
  return path.slice(2, end);
}

function writesRoot(task: Json, root: string): boolean {
  if (task.ResultPath === null) return false;
  const target = typeof task.ResultPath === 'string' ? rootField(task.ResultPath) : '$';
  return target === '$' || root === '$' || target === root;
}

/**
 * Warns about INLINE Maps whose items come from a Task result: a Task that can run before the Map (it reaches the
 * Map through Next, Default, Choices or Catch) writes the root field of the Map's ItemsPath (ResultPath omitted or
 * `$` writes every field). Discovery can grow such a list without bound, past the 256 KB payload and the 25,000
 * history events. The Map passes when its Comment documents the bound with `bound:`, or when it is DISTRIBUTED.
 */
export function checkUnboundedInlineMaps(states: Json, path: string, problems: DefinitionProblem[]): void {
  const predecessors = new Map<string, string[]>();
  for (const [name, state] of Object.entries(states)) {
    if (!isObject(state)) continue;
    for (const next of successors(state)) predecessors.set(next, [...(predecessors.get(next) ?? []), name]);
  }
  for (const [name, state] of Object.entries(states)) {
    if (!isObject(state) || state.Type !== 'Map' || mapMode(state) === 'DISTRIBUTED') continue;
    if (typeof state.Comment === 'string' && state.Comment.includes(BOUND_MARKER)) continue;
    const root = rootField(typeof state.ItemsPath === 'string' ? state.ItemsPath : '$');
    const seen = new Set<string>();
    const queue = [...(predecessors.get(name) ?? [])];
    let producer: string | undefined;
    while (queue.length > 0 && producer === undefined) {
      const current = queue.shift() as string;
      if (seen.has(current)) continue;
      seen.add(current);
      const upstream = states[current];
      if (isObject(upstream) && upstream.Type === 'Task' && writesRoot(upstream, root)) producer = current;
      queue.push(...(predecessors.get(current) ?? []));
    }
    if (producer !== undefined) {
      problems.push({
        path: `${path}.${name}`,
        severity: 'warning',
        message:
          `INLINE Map iterates a list the Task ${producer} produces, with no documented bound: make it a ` +
          `Distributed Map with an ItemReader, or state the bound in its Comment ("${BOUND_MARKER} ...")`,
      });
    }
  }
}
