import fc from 'fast-check';
import { MAX_TRANSITIONS, scanLog, timestampOf } from '../../../src/domain/scan-log';

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

describe('timestampOf', () => {
  it('reads ISO and syslog timestamps and nothing else', () => {
    // Act / Assess
    expect(timestampOf('2026-06-21T02:14:05Z x')).toBe('2026-06-21T02:14:05Z');
    expect(timestampOf('Jun  1 02:14:05 host')).toBe('Jun  1 02:14:05');
    expect(timestampOf('no time here')).toBeUndefined();
  });
});
