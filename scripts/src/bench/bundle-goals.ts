/** The bundle and cold-init goals of `make bench` and the verdict lines that check them. */
import { formatMs, median } from './stats';

/** The goals: bundle median and maximum, cold-init ratio to the floor median and maximum. */
export const GOALS = { medianBytes: 500 * 1024, maxBytes: 1024 * 1024, medianRatio: 1.5, maxRatio: 2 };

/** One function's figures in the bundle section. */
export interface Measured {
  label: string;
  logicalId: string;
  bytes: number;
  plain: number;
  mapped: number;
  /** Median of the per-round ratios to the floor, measured alternately with it. */
  plainRatio: number;
  mappedRatio: number;
  clients: string;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}x`;

/** The lines that say whether the goals are met, naming the functions that miss them. */
export function verdict(rows: readonly Measured[]): string[] {
  const bytes = rows.map((row) => row.bytes);
  const ratios = rows.map((row) => row.plainRatio);
  const over = rows.filter((row) => row.plainRatio > GOALS.maxRatio).map((row) => row.logicalId);
  const big = rows.filter((row) => row.bytes > GOALS.maxBytes).map((row) => row.logicalId);
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  return [
    `- Bundle bytes: median ${kb(median(bytes))} (goal <= ${kb(GOALS.medianBytes)}: ${check(median(bytes) <= GOALS.medianBytes)}), ` +
      `largest ${kb(Math.max(...bytes))} (goal <= ${kb(GOALS.maxBytes)}: ${check(big.length === 0)}${big.length ? `; ${big.join(', ')}` : ''}).`,
    `- Cold init / floor: median ${median(ratios).toFixed(2)}x (goal <= ${GOALS.medianRatio}x: ` +
      `${check(median(ratios) <= GOALS.medianRatio)}), largest ${Math.max(...ratios).toFixed(2)}x (goal <= ${GOALS.maxRatio}x: ` +
      `${check(over.length === 0)}${over.length ? `; ${over.join(', ')}` : ''}).`,
    `- Source maps: median cold init ${formatMs(median(rows.map((row) => row.plain)))} ms without, ` +
      `${formatMs(median(rows.map((row) => row.mapped)))} ms with \`--enable-source-maps\` ` +
      `(median ratio ${median(rows.map((row) => row.mapped / row.plain)).toFixed(2)}x).`,
  ];
}
