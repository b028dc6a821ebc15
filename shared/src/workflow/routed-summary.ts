/**
 * Summaries of a routed run: each Parallel branch's item function folds its own summary under its route's name, and
 * the report merges them into one record with every route present.
 */
import type { ItemStage, SummaryReducer } from './types';

/** A branch's summary: only its own route's part. */
export type RoutePart<N extends string, T> = { [K in N]?: T };

/**
 * The stage of route `name`'s branch: `stage` itself, with its summary kept under `name` so the report can tell the
 * branches apart. Use with `createItemHandler(routeStage('fastq', fastqStage))`.
 */
export function routeStage<N extends string, R, T, S, P>(
  name: N,
  stage: ItemStage<R, T, S, P>,
): ItemStage<R, RoutePart<N, T>, S, P> {
  const inner = stage.summary;
  const part = (total: RoutePart<N, T>): T => total[name] ?? inner.empty();
  const wrap = (value: T) => ({ [name]: value }) as RoutePart<N, T>;
  return {
    ...stage,
    summary: {
      empty: () => wrap(inner.empty()),
      add: (total, result, object) => wrap(inner.add(part(total), result, object)),
      merge: (a, b) => wrap(inner.merge(part(a), part(b))),
    },
  };
}

/** The summary reducers of each route, by name. */
export type RouteReducers = Record<string, Pick<SummaryReducer<never, unknown>, 'empty' | 'merge'>>;

/** The run summary of routed branches: every route's summary under its name. */
export type RoutedSummary<M extends RouteReducers> = { [K in keyof M]: ReturnType<M[K]['empty']> };

/**
 * The report's reducer over routed branches: `empty()` has every route's empty summary, and `merge` merges route by
 * route (a part missing from one side counts as empty). Use as `ReportSpec.summary`.
 */
export function routedSummary<M extends RouteReducers>(
  reducers: M,
): Pick<SummaryReducer<unknown, RoutedSummary<M>>, 'empty' | 'merge'> {
  const names = Object.keys(reducers) as Array<keyof M & string>;
  const empty = () => Object.fromEntries(names.map((name) => [name, reducers[name]?.empty()])) as RoutedSummary<M>;
  return {
    empty,
    merge: (a, b) =>
      Object.fromEntries(
        names.map((name) => {
          const reducer = reducers[name] as M[typeof name];
          const left = a?.[name] ?? reducer.empty();
          const right = b?.[name] ?? reducer.empty();
          return [name, reducer.merge(left, right)];
        }),
      ) as RoutedSummary<M>,
  };
}
