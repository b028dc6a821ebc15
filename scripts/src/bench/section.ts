/** What every bench section receives: the repository root to measure. */
export interface BenchContext {
  root: string;
}

/** One part of the `make bench` report: a title and the markdown body it measures. */
export interface BenchSection {
  title: string;
  run(context: BenchContext): Promise<string>;
}
