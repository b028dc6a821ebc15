import type { HistoryEvent } from '../../src/local/execution';
import { ProgressReporter } from '../../src/local/progress';

function clock() {
  const state = { now: 0 };
  return { state, now: () => state.now };
}

const entered = (name: string, type: string, input?: unknown): HistoryEvent => ({
  type: 'StateEntered',
  timestamp: 0,
  state: { name, type, input },
});
const iteration = (parent: string, failed = false): HistoryEvent => ({
  type: failed ? 'MapIterationFailed' : 'MapIterationSucceeded',
  timestamp: 0,
  index: 0,
  parentState: { name: parent, type: 'Map' },
});

describe('ProgressReporter', () => {
  it('prints a Map line at most once a second, and its last line always', () => {
    // Prepare
    const lines: string[] = [];
    const time = clock();
    const reporter = new ProgressReporter({ write: (line) => lines.push(line) }, () => '$.items', { now: time.now });
    reporter.onEvent('M', entered('Tag', 'Map', { items: Array.from({ length: 10_000 }, (_, i) => i) }));

    // Act: 10,000 iterations over 5 simulated seconds, 3 of them failed.
    for (let i = 0; i < 10_000; i += 1) {
      time.state.now = Math.floor(i / 2000) * 1000 + 1;
      reporter.onEvent('M', iteration('Tag', i < 3));
    }
    reporter.onEvent('M', { type: 'StateExited', timestamp: 5000, state: { name: 'Tag', type: 'Map' } });

    // Assess
    const mapLines = lines.filter((line) => line.includes('items'));
    expect(mapLines).toEqual([
      'M   Tag: 1/10,000 items (0 %), 1 failed',
      'M   Tag: 2,001/10,000 items (20 %), 3 failed',
      'M   Tag: 4,001/10,000 items (40 %), 3 failed',
      'M   Tag: 6,001/10,000 items (60 %), 3 failed',
      'M   Tag: 8,001/10,000 items (80 %), 3 failed',
      'M   Tag: 10,000/10,000 items (100 %), 3 failed',
    ]);
    expect(lines[0]).toBe('M > Tag (Map)');
    expect(lines.at(-1)).toBe('M < Tag 5000 ms');
  });

  it('redraws the Map line in place on a terminal sink', () => {
    // Prepare
    const written: string[] = [];
    const redrawn: string[] = [];
    const time = clock();
    const sink = { write: (line: string) => written.push(line), redraw: (line: string) => redrawn.push(line) };
    const reporter = new ProgressReporter(sink, () => undefined, { now: time.now });
    reporter.onEvent('M', entered('Tag', 'Map', [1, 2]));

    // Act
    reporter.onEvent('M', iteration('Tag'));
    reporter.onEvent('M', iteration('Tag'));

    // Assess
    expect(written).toEqual(['M > Tag (Map)']);
    expect(redrawn).toEqual(['M   Tag: 1/2 items (50 %)', 'M   Tag: 2/2 items (100 %)']);
  });

  it('prints the last count when a Map without a known total exits', () => {
    // Prepare
    const lines: string[] = [];
    const reporter = new ProgressReporter({ write: (line) => lines.push(line) }, () => undefined, { now: () => 0 });
    reporter.onEvent('M', entered('Tag', 'Map', { not: 'a list' }));
    reporter.onEvent('M', iteration('Tag'));
    reporter.onEvent('M', iteration('Tag'));

    // Act
    reporter.onEvent('M', { type: 'StateExited', timestamp: 0, state: { name: 'Tag', type: 'Map' } });

    // Assess
    expect(lines).toEqual(['M > Tag (Map)', 'M   Tag: 1/? items', 'M   Tag: 2/? items', 'M < Tag 0 ms']);
  });

  it('prints a heartbeat naming the running state or phase after ten quiet seconds', () => {
    // Prepare
    const lines: string[] = [];
    const time = clock();
    const reporter = new ProgressReporter({ write: (line) => lines.push(line) }, () => undefined, { now: time.now });
    reporter.onPhase('building 7 functions...');

    // Act
    time.state.now = 9_999;
    reporter.tick();
    time.state.now = 12_000;
    reporter.tick();
    reporter.onEvent('M', { ...entered('Slow', 'Task'), timestamp: 12_000 });
    time.state.now = 23_000;
    reporter.tick();

    // Assess
    expect(lines).toEqual([
      'building 7 functions...',
      '  ... building 7 functions... (12 s)',
      'M > Slow (Task)',
      '  ... still running: M Slow (11 s)',
    ]);
  });

  it('reports retries, caught errors and failures of top-level states only', () => {
    // Prepare
    const lines: string[] = [];
    const reporter = new ProgressReporter({ write: (line) => lines.push(line) });
    const state = { name: 'Call', type: 'Task' };

    // Act
    reporter.onEvent('M', { type: 'StateRetried', timestamp: 0, state, retry: { attempt: 1 } });
    reporter.onEvent('M', { type: 'StateCaught', timestamp: 0, state });
    reporter.onEvent('M', { type: 'StateFailed', timestamp: 0, state, Error: 'Boom' });
    reporter.onEvent('M', { type: 'StateFailed', timestamp: 0, state, index: 3, Error: 'Inner' });
    reporter.onEvent('M', { type: 'StateEntered', timestamp: 0, state, index: 3 });

    // Assess
    expect(lines).toEqual(['M   retry Call (attempt 2)', 'M   caught error in Call', 'M   Call failed: Boom']);
  });
});
