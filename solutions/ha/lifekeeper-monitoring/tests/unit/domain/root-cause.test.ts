import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import type { FileAnalysis } from '../../../src/domain/analyze-file';
import { healthScore } from '../../../src/domain/health-score';
import { analyzeRootCause, validateAnswer } from '../../../src/domain/root-cause';

const failoverLog: FileAnalysis = {
  key: 'n1/lifekeeper.log',
  size: 10,
  keyCategory: 'general_log',
  category: 'failover_event',
  severity: 'CRITICAL',
  read: { readMode: 'whole', bytesRead: 10, skippedBytes: 0, windows: [] },
  scan: {
    lines: 2,
    indicators: [{ indicator: 'resource fault', count: 1, firstLine: 1 }],
    stateCounts: {},
    transitions: [
      { transition: 'ISP->OSF', from: 'ISP', to: 'OSF', notable: true, line: 2, timestamp: 't', resource: 'nfs' },
    ],
    transitionsTruncated: false,
  },
};
const files = [failoverLog];
const health = healthScore(files);
const answering = (json: Record<string, unknown> | undefined): TextGenerator => ({
  generate: async () => ({ text: JSON.stringify(json), modelId: 'm', ...(json ? { json } : {}) }),
});

describe('validateAnswer', () => {
  it('accepts a complete answer and normalises lists and case', () => {
    // Act
    const result = validateAnswer({
      root_cause: 'NFS mount timed out',
      affected_layer: 'Storage',
      remediation_steps: 'remount; check SVM',
      preventive_measures: ['monitor'],
      confidence_level: 'high',
    });

    // Assess
    expect(result).toEqual({
      root_cause: 'NFS mount timed out',
      affected_layer: 'storage',
      remediation_steps: ['remount', 'check SVM'],
      preventive_measures: ['monitor'],
      confidence_level: 'HIGH',
    });
  });

  it.each([
    [undefined, /no JSON object/],
    [{ root_cause: ' ' }, /root_cause/],
    [{ root_cause: 'x', affected_layer: 'kernel' }, /affected_layer/],
    [
      { root_cause: 'x', affected_layer: 'network', remediation_steps: [], preventive_measures: ['p'] },
      /non-empty lists/,
    ],
    [
      {
        root_cause: 'x',
        affected_layer: 'network',
        remediation_steps: ['a'],
        preventive_measures: ['p'],
        confidence_level: 0.9,
      },
      /confidence_level/,
    ],
  ])('rejects an invalid answer (%#)', (json, reason) => {
    // Act / Assess
    expect(validateAnswer(json)).toMatch(reason);
  });
});

describe('analyzeRootCause', () => {
  it('returns the validated model answer, marked advisory', async () => {
    // Prepare
    const generator = answering({
      root_cause: 'NFS mount timed out',
      affected_layer: 'storage',
      remediation_steps: ['remount'],
      preventive_measures: ['monitor'],
      confidence_level: 'MEDIUM',
    });

    // Act
    const analysis = await analyzeRootCause(generator, 'c1', health, files);

    // Assess
    expect(analysis).toMatchObject({ source: 'model', modelId: 'm', advisory: true, affected_layer: 'storage' });
  });

  it('falls back to the rule-based assessment on an invalid answer and says why', async () => {
    // Act
    const analysis = await analyzeRootCause(
      answering({ root_cause: 'x', affected_layer: 'moon' }),
      'c1',
      health,
      files,
    );

    // Assess
    expect(analysis).toMatchObject({ source: 'fallback', affected_layer: 'storage', advisory: true });
    expect(analysis.fallbackReason).toMatch(/^invalid answer: affected_layer/);
  });

  it('falls back when the model call fails', async () => {
    // Prepare
    const failing: TextGenerator = { generate: () => Promise.reject(new Error('throttled')) };

    // Act
    const analysis = await analyzeRootCause(failing, 'c1', health, files);

    // Assess
    expect(analysis.fallbackReason).toBe('the model call failed: throttled');
  });

  it('does not ask the model about a healthy cluster', async () => {
    // Prepare
    const generate = jest.fn();

    // Act
    const analysis = await analyzeRootCause({ generate }, 'c1', healthScore([]), []);

    // Assess
    expect(generate).not.toHaveBeenCalled();
    expect(analysis).toMatchObject({ source: 'fallback', affected_layer: 'unknown' });
  });

  it('gets a valid answer from the DemoMode generator through the pre-assessment lines', async () => {
    // Act
    const analysis = await analyzeRootCause(new DemoTextGenerator(), 'c1', health, files);

    // Assess
    expect(analysis).toMatchObject({ source: 'model', affected_layer: 'storage', confidence_level: 'MEDIUM' });
  });
});
