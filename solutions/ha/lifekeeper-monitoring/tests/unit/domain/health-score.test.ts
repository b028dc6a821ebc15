import fc from 'fast-check';
import type { LogCategory, Severity } from '../../../src/domain/classify';
import { healthScore, levelOf, shouldAlert } from '../../../src/domain/health-score';
import { fileAnalysis } from './file-analysis';

const file = (category: LogCategory, severity: Severity) => fileAnalysis(`${category}-${severity}`, category, severity);

describe('healthScore', () => {
  it('takes 30 per failover log, 15 per serious communication log and 10 per serious recovery-kit log', () => {
    // Act
    const health = healthScore([
      file('failover_event', 'CRITICAL'),
      file('communication_log', 'HIGH'),
      file('communication_log', 'LOW'),
      file('recovery_kit_log', 'HIGH'),
      file('health_check', 'HIGH'),
    ]);

    // Assess
    expect(health).toEqual({
      score: 45,
      level: 'CRITICAL',
      failovers: 1,
      communicationIssues: 1,
      recoveryKitIssues: 1,
      deductions: { failovers: 30, communication: 15, recoveryKit: 10 },
    });
  });

  it('caps the failover deduction at 60 and never goes below 0', () => {
    // Act
    const capped = healthScore(Array.from({ length: 5 }, () => file('failover_event', 'CRITICAL')));
    const floored = healthScore([
      ...Array.from({ length: 3 }, () => file('failover_event', 'CRITICAL')),
      ...Array.from({ length: 4 }, () => file('communication_log', 'HIGH')),
    ]);

    // Assess
    expect(capped.score).toBe(40);
    expect(floored.score).toBe(0);
  });

  it('stays within 0-100 for any mix of logs', () => {
    const arbitraryFile = fc
      .tuple(
        fc.constantFrom<LogCategory>(
          'failover_event',
          'communication_log',
          'recovery_kit_log',
          'health_check',
          'other',
        ),
        fc.constantFrom<Severity>('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'),
      )
      .map(([category, severity]) => file(category, severity));
    fc.assert(
      fc.property(fc.array(arbitraryFile, { maxLength: 60 }), (files) => {
        // Act
        const health = healthScore(files);

        // Assess
        expect(health.score).toBeGreaterThanOrEqual(0);
        expect(health.score).toBeLessThanOrEqual(100);
        expect(health.level).toBe(levelOf(health.score));
      }),
    );
  });
});

describe('levelOf and shouldAlert', () => {
  it.each([
    [100, 'HEALTHY'],
    [90, 'HEALTHY'],
    [89, 'WARNING'],
    [70, 'WARNING'],
    [69, 'DEGRADED'],
    [50, 'DEGRADED'],
    [49, 'CRITICAL'],
  ])('maps %i to %s', (score, level) => {
    // Act / Assess
    expect(levelOf(score)).toBe(level);
  });

  it('alerts when the level reaches the threshold severity', () => {
    // Act / Assess
    expect(shouldAlert('CRITICAL', 'CRITICAL')).toBe(true);
    expect(shouldAlert('DEGRADED', 'CRITICAL')).toBe(false);
    expect(shouldAlert('DEGRADED', 'HIGH')).toBe(true);
    expect(shouldAlert('HEALTHY', 'MEDIUM')).toBe(false);
    expect(shouldAlert('HEALTHY', 'LOW')).toBe(true);
  });
});
