import fc from 'fast-check';
import { MAX_LINE_CHARS, MAX_TRANSITIONS, resourceOf, scanLog, timestampOf } from '../../../src/domain/scan-log';

describe('scanLog', () => {
  it('finds indicators with their first line and timestamp', () => {
    // Prepare
    const text = [
      '2026-06-21 02:14:05 n1 lcm: comm path down to n2',
      '2026-06-21 02:14:11 n1 lcm: heartbeat lost from n2',
      '2026-06-21 02:14:12 n1 lcm: comm path down to n2 again',
    ].join('\n');

    // Act
    const scan = scanLog(text);

    // Assess
    expect(scan.indicators).toEqual([
      { indicator: 'comm path down', count: 2, firstLine: 1, firstTimestamp: '2026-06-21 02:14:05' },
      { indicator: 'heartbeat lost', count: 1, firstLine: 2, firstTimestamp: '2026-06-21 02:14:11' },
    ]);
  });

  it('records state transitions with resource, timestamp and whether they are notable', () => {
    // Prepare
    const text =
      'Jun 21 02:14:33 n1 lcd: nfs-export1 state change ISP -> OSF\nJun 21 02:20:00 n1 lcd: ip1 state OSU to ISP';

    // Act
    const scan = scanLog(text);

    // Assess
    expect(scan.transitions).toEqual([
      {
        transition: 'ISP->OSF',
        from: 'ISP',
        to: 'OSF',
        notable: true,
        line: 1,
        timestamp: 'Jun 21 02:14:33',
        resource: 'nfs-export1',
      },
      {
        transition: 'OSU->ISP',
        from: 'OSU',
        to: 'ISP',
        notable: false,
        line: 2,
        timestamp: 'Jun 21 02:20:00',
        resource: 'ip1',
      },
    ]);
    expect(scan.stateCounts).toEqual({ ISP: 2, ISS: 0, OSU: 1, OSF: 1 });
  });

  it('keeps at most MAX_TRANSITIONS transitions and says so', () => {
    // Prepare
    const text = Array.from({ length: MAX_TRANSITIONS + 5 }, () => 'r state change ISS -> ISP').join('\n');

    // Act
    const scan = scanLog(text);

    // Assess
    expect(scan.transitions).toHaveLength(MAX_TRANSITIONS);
    expect(scan.transitionsTruncated).toBe(true);
  });

  it('reports an empty text as zero lines and nothing found', () => {
    // Act / Assess
    expect(scanLog('')).toEqual({
      lines: 0,
      indicators: [],
      stateCounts: { ISP: 0, ISS: 0, OSU: 0, OSF: 0 },
      transitions: [],
      transitionsTruncated: false,
    });
  });

  it('never throws, whatever the text (replacement characters included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // Act
        const scan = scanLog(`${text}\uFFFD`);

        // Assess
        expect(scan.lines).toBeGreaterThan(0);
      }),
    );
  });
});

describe('long lines', () => {
  it('classifies the head of a 1 MiB line and ignores the rest', () => {
    // Prepare: a resource-name run with no state phrase (quadratic for a backtracking name match), then a phrase.
    const head = 'Jun 21 02:14:33 n1 lcd: fs1 state change ISP -> OSF ';
    const line = `${head}${'a'.repeat(1024 * 1024)} heartbeat lost OSF -> ISP`;

    // Act
    const scan = scanLog(`${line}\nJun 21 02:20:00 n1 lcd: ip1 state OSU to ISP`);

    // Assess
    expect(scan.transitions.map((t) => [t.transition, t.resource, t.line])).toEqual([
      ['ISP->OSF', 'fs1', 1],
      ['OSU->ISP', 'ip1', 2],
    ]);
    expect(scan.indicators).toEqual([]);
  });
});

describe('resourceOf', () => {
  it('names the resource before the first state phrase', () => {
    // Act / Assess
    expect(resourceOf('lcd: nfs-export1 state change ISP -> OSF')).toBe('nfs-export1');
    expect(resourceOf('lcd: ip1   changed state: from OSU to ISP')).toBe('ip1');
    expect(resourceOf(' state ISP, then vol/a@b state OSF')).toBe('vol/a@b');
    expect(resourceOf('no phrase ISP')).toBeUndefined();
  });

  it('scans a 1 MiB run of name characters without a phrase and a 1 MiB whitespace run after one', () => {
    // Prepare
    const names = `${'a'.repeat(1024 * 1024)} x`;
    const spaces = `r state${' '.repeat(1024 * 1024)}x`;

    // Act / Assess: both finish (a backtracking match of either would take minutes) and find nothing.
    expect(resourceOf(names)).toBeUndefined();
    expect(resourceOf(spaces)).toBeUndefined();
    expect(MAX_LINE_CHARS).toBeLessThan(names.length);
  });
});

describe('timestampOf', () => {
  it('reads ISO and syslog timestamps and nothing else', () => {
    // Act / Assess
    expect(timestampOf('2026-06-21T02:14:05Z x')).toBe('2026-06-21T02:14:05Z');
    expect(timestampOf('Jun  1 02:14:05 host')).toBe('Jun  1 02:14:05');
    expect(timestampOf('no time here')).toBeUndefined();
  });
});
