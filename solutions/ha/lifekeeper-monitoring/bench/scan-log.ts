/**
 * `make bench` section: classification time of the LifeKeeper log scanner on ordinary logs and on hostile lines
 * (1 MiB lines of name characters or whitespace), which must stay linear.
 */
import { scanLog } from '../src/domain/scan-log';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const LINE = 'Jun 21 02:14:33 n1 lcd: nfs-export1 state change ISP -> OSF (resource fault, local recovery)';

function timeMs(text: string, repeats: number): number {
  const started = performance.now();
  for (let index = 0; index < repeats; index += 1) scanLog(text);
  return (performance.now() - started) / repeats;
}

async function run(): Promise<string> {
  const cases: [string, string, number][] = [
    ['10,000 ordinary lines', Array.from({ length: 10_000 }, () => LINE).join('\n'), 5],
    ['One 1 MiB line of name characters', `${'a'.repeat(1024 * 1024)} state`, 5],
    ['One 1 MiB line of whitespace after "state"', `r state${' '.repeat(1024 * 1024)}x`, 5],
    ['1,000 lines of 4 KiB name characters', Array.from({ length: 1000 }, () => 'b'.repeat(4096)).join('\n'), 5],
  ];
  const rows = cases.map(([name, text, repeats]) => {
    const ms = timeMs(text, repeats);
    return `| ${name} | ${(text.length / 1024).toFixed(0)} | ${ms.toFixed(1)} |`;
  });
  return ['| Input | KiB | ms per scan |', '| --- | ---: | ---: |', ...rows].join('\n');
}

/** LifeKeeper log classification time. */
export const lifekeeperScanSection: BenchSectionLike = { title: 'LifeKeeper log classification (scan-log)', run };
