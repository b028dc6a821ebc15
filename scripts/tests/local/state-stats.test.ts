import type { HistoryEvent } from '../../src/local/execution';
import { median, stateStats } from '../../src/local/state-stats';
import { formatSummary } from '../../src/local/summary';

const at = (type: string, timestamp: number, name: string, index?: number, stateType = 'Task'): HistoryEvent => ({
  type,
  timestamp,
  state: { name, type: stateType },
  ...(index === undefined ? {} : { index }),
});

/** A Map whose three concurrent iterations run `Tag` for 100, 300 and 200 ms; the second fails. */
const HISTORY: HistoryEvent[] = [
  at('StateEntered', 0, 'Each', undefined, 'Map'),
  at('StateEntered', 0, 'Tag', 0),
  at('StateEntered', 0, 'Tag', 1),
  at('StateEntered', 0, 'Tag', 2),
  at('StateExited', 100, 'Tag', 0),
  at('StateExited', 200, 'Tag', 2),
  at('StateFailed', 300, 'Tag', 1),
  { type: 'MapIterationFailed', timestamp: 300, index: 1, parentState: { name: 'Each', type: 'Map' } },
  at('StateExited', 310, 'Each', undefined, 'Map'),
];

describe('stateStats', () => {
  it('gives concurrent runs a median and a maximum, never a sum', () => {
    // Act
    const [each, tag] = stateStats(HISTORY);

    // Assess
    expect(each).toMatchObject({ name: 'Each', runs: 1, p50Ms: 310, maxMs: 310, failures: 1, nested: false });
    expect(tag).toMatchObject({ name: 'Tag', runs: 3, p50Ms: 200, maxMs: 300, failures: 1, nested: true });
    expect(tag).toMatchObject({ firstStartMs: 0, lastEndMs: 300, spans: [] });
  });

  it('takes the lower middle value as the median of an even count', () => {
    // Act / Assess
    expect([median([]), median([4, 1, 3, 2]), median([5])]).toEqual([0, 2, 5]);
  });
});

describe('formatSummary', () => {
  it('prints runs, p50, max and failures per state, nested states indented', () => {
    // Act
    const text = formatSummary(
      {
        pattern: 'x/y',
        status: 'FAILED',
        executionName: 'run-1',
        durationMs: 1234,
        seededObjects: 3,
        inputBucket: 'in',
        outputs: [],
        outDir: 'out',
        error: 'Boom',
        cause: '{"errorMessage":"it broke"}',
        failedState: 'Tag',
        notes: ['a note'],
      },
      HISTORY,
    );

    // Assess
    expect(text.split('\n')).toEqual([
      'x/y: FAILED (run-1, 1.2 s)',
      '  state  type      runs    p50 ms    max ms  failed',
      '  Each   Map          1       310       310       1',
      '    Tag  Task         3       200       300       1',
      '  objects seeded into in: 3',
      '  outputs written: 0',
      '  copied to out',
      '  note: a note',
      '  FAILED in state "Tag": Boom: it broke',
    ]);
  });
});
