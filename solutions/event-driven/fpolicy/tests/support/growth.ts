/**
 * Super-linearity check by ratio, not by an absolute time: the work of `run` on an input 4x longer must stay within
 * `maxRatio` times the work on the shorter one (about 4 for linear code, 16 for quadratic). Work is this process's
 * CPU time (other processes on the machine do not count); each side is the best of five trials of repeated calls
 * lasting at least `minMs`, so one slow call (GC, JIT) does not decide; a high ratio is measured again (three times
 * at most) and the lowest counts.
 */
export function perCallMs(run: () => void, minMs = 6): number {
  const cpuMs = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < 5; trial += 1) {
    let calls = 0;
    const started = cpuMs();
    let elapsed = 0;
    while (elapsed < minMs) {
      run();
      calls += 1;
      elapsed = cpuMs() - started;
    }
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/** Work on `make(n)` against `make(4n)`; exceptions thrown by `run` count as work done. */
export function growth<T>(make: (n: number) => T, run: (input: T) => unknown, n: number): Growth {
  const call = (input: T) => () => {
    try {
      run(input);
    } catch {
      // Rejecting the input is a result too; only the work matters here.
    }
  };
  const small = make(n);
  const large = make(4 * n);
  // A super-linear parser exceeds the ratio every time; a noisy machine (GC, other processes) rarely does so thrice.
  let best: Growth | undefined;
  for (let attempt = 0; attempt < 3 && (best === undefined || best.ratio >= 8); attempt += 1) {
    const smallMs = perCallMs(call(small));
    const largeMs = perCallMs(call(large));
    const ratio = largeMs / Math.max(smallMs, 0.001);
    if (best === undefined || ratio < best.ratio) best = { small: smallMs, large: largeMs, ratio };
  }
  return best as Growth;
}
