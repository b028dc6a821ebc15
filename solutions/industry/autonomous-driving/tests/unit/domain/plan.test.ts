import fc from 'fast-check';
import type { AnalysisSummary } from '../../../src/domain/analysis-summary';
import { planInference } from '../../../src/domain/inference/plan';

function summaryOf(passed: number, failed = 0): AnalysisSummary {
  const cloud = (index: number, status: 'PASSED' | 'FAILED') => ({
    key: `c${status}${index}.pcd`,
    resultKey: 'r',
    format: 'pcd' as const,
    status,
    points: 5,
    errors: 0,
    warnings: 0,
  });
  return {
    videos: [],
    clouds: [
      ...Array.from({ length: passed }, (_, i) => cloud(i, 'PASSED')),
      ...Array.from({ length: failed }, (_, i) => cloud(i, 'FAILED')),
    ],
  };
}

describe('planInference', () => {
  it('sends only QC-passed clouds, to the endpoint below the threshold and to Batch Transform from it', () => {
    fc.assert(
      fc.property(
        fc.nat(30),
        fc.nat(5),
        fc.boolean(),
        fc.integer({ min: 1, max: 30 }),
        (passed, failed, rt, threshold) => {
          // Act
          const plan = planInference(summaryOf(passed, failed), {
            sageMakerEnabled: true,
            realtimeEnabled: rt,
            realtimeThreshold: threshold,
          });

          // Assess
          expect(plan.clouds).toHaveLength(passed);
          const expected = passed === 0 ? 'none' : rt && passed < threshold ? 'realtime' : 'batch';
          expect(plan.route).toBe(expected);
        },
      ),
    );
  });

  it('routes nowhere when segmentation is off, and says why', () => {
    // Act
    const plan = planInference(summaryOf(3), { sageMakerEnabled: false, realtimeEnabled: true, realtimeThreshold: 10 });

    // Assess
    expect(plan).toEqual({ route: 'none', clouds: [], reason: 'EnableSageMakerTransform is false' });
  });

  it('leaves out failed QC and empty clouds', () => {
    // Prepare
    const summary = summaryOf(1, 2);
    summary.clouds.push({ ...summary.clouds[0], key: 'empty.pcd', points: 0 } as AnalysisSummary['clouds'][number]);

    // Act
    const plan = planInference(summary, { sageMakerEnabled: true, realtimeEnabled: false, realtimeThreshold: 10 });

    // Assess
    expect(plan.clouds).toEqual([{ key: 'cPASSED0.pcd', points: 5 }]);
    expect(plan.route).toBe('batch');
  });
});
