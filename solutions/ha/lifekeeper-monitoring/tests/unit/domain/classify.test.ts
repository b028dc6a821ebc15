import fc from 'fast-check';
import {
  categoryByContent,
  categoryByKey,
  LOG_CATEGORIES,
  relativeKey,
  severityOf,
} from '../../../src/domain/classify';

describe('categoryByKey', () => {
  it.each([
    ['node1/failover-2026.log', 'failover_event'],
    ['node1/recovery-kit.log', 'failover_event'],
    ['node1/heartbeat.log', 'health_check'],
    ['node1/comm-status.log', 'health_check'],
    ['node1/lcm.log', 'communication_log'],
    ['node1/hierarchy.txt', 'cluster_config'],
    ['node1/oracle.log', 'recovery_kit_log'],
    ['node1/lifekeeper.log.1', 'general_log'],
    ['node1/settings.cfg', 'config'],
    ['node1/events.csv', 'event_log'],
    ['node1/core.bin', 'other'],
  ])('classifies %s as %s, trying keyword families in order', (key, category) => {
    // Act / Assess
    expect(categoryByKey(key)).toBe(category);
  });

  it('ignores the listing prefix when given the relative key', () => {
    // Act
    const key = relativeKey('lifekeeper/logs/status/x.bin', 'lifekeeper/logs/');

    // Assess
    expect(key).toBe('status/x.bin');
    expect(relativeKey('other/x', 'lifekeeper/logs/')).toBe('other/x');
  });

  it('always returns a known category', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        // Act / Assess
        expect(LOG_CATEGORIES).toContain(categoryByKey(key));
      }),
    );
  });
});

describe('categoryByContent', () => {
  it('turns a general log that records a failover into a failover log', () => {
    // Act / Assess
    expect(categoryByContent('general_log', 'x FAILOVER of hierarchy y')).toBe('failover_event');
    expect(categoryByContent('general_log', 'nfs state change ISS -> ISP')).toBe('failover_event');
    expect(categoryByContent('general_log', 'nfs state change ISP -> OSF')).toBe('failover_event');
  });

  it('keeps the key category when the content shows no failover', () => {
    // Act / Assess
    expect(categoryByContent('health_check', 'node ALIVE, OSU -> ISP after maintenance')).toBe('health_check');
  });
});

describe('severityOf', () => {
  it.each([
    ['failover_event', '', 'CRITICAL'],
    ['health_check', 'check failed', 'HIGH'],
    ['health_check', 'all ALIVE', 'MEDIUM'],
    ['recovery_kit_log', '', 'HIGH'],
    ['communication_log', 'no reply (timeout 3 of 3)', 'HIGH'],
    ['communication_log', 'peer disconnected', 'HIGH'],
    ['communication_log', 'path ALIVE', 'LOW'],
    ['general_log', 'error', 'LOW'],
  ] as const)('rates %s with "%s" as %s', (category, evidence, severity) => {
    // Act / Assess
    expect(severityOf(category, evidence)).toBe(severity);
  });
});
