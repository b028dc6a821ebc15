/** Deterministic synthetic survey data: seismic traces (Ricker wavelets on reflectors) and well-log curves. */
import { seededRandom } from '@fsxn-s3ap/tools/demo-files';

/** Ricker wavelet of peak frequency `hz` at time `t` seconds from its centre. */
function ricker(t: number, hz: number): number {
  const a = (Math.PI * hz * t) ** 2;
  return (1 - 2 * a) * Math.exp(-a);
}

/** `traces` traces of `samples` samples at `intervalUs`, reflectors dipping across the line, a little noise. */
export function syntheticTraces(traces: number, samples: number, intervalUs: number, seed: number): number[][] {
  const random = seededRandom(seed);
  const reflectors = [0.12, 0.31, 0.55];
  return Array.from({ length: traces }, (_, trace) =>
    Array.from({ length: samples }, (_, sample) => {
      const t = (sample * intervalUs) / 1e6;
      const signal = reflectors.reduce(
        (sum, depth, index) => sum + (index % 2 === 0 ? 1 : -0.7) * ricker(t - depth - trace * 0.0015, 25),
        0,
      );
      return Math.round((signal * 1000 + (random() - 0.5) * 20) * 100) / 100;
    }),
  );
}

/** Well-log rows: depth, then per curve a smooth trend plus noise; `spikes` put [curve, row, value]; `nulls` [curve, row]. */
export function syntheticLog(
  options: {
    startDepth: number;
    step: number;
    rows: number;
    curves: ReadonlyArray<{ base: number; swing: number; noise: number }>;
    spikes: ReadonlyArray<readonly [number, number, number]>;
    nulls: ReadonlyArray<readonly [number, number]>;
  },
  seed: number,
): Array<Array<number | null>> {
  const random = seededRandom(seed);
  const rows: Array<Array<number | null>> = Array.from({ length: options.rows }, (_, row) => [
    Math.round((options.startDepth + row * options.step) * 10000) / 10000,
    ...options.curves.map(
      (curve) =>
        Math.round((curve.base + curve.swing * Math.sin(row / 17) + (random() - 0.5) * curve.noise) * 10000) / 10000,
    ),
  ]);
  for (const [curve, row, value] of options.spikes) (rows[row] as Array<number | null>)[curve] = value;
  for (const [curve, row] of options.nulls) (rows[row] as Array<number | null>)[curve] = null;
  return rows;
}
