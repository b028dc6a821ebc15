import path from 'node:path';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';

const PATTERN_DIR = path.resolve(__dirname, '../..');

describe('recovery workflow (local runtime, demo fleet)', () => {
  let run: RunResult & { executions?: { status: string; output?: unknown }[] };

  beforeAll(async () => {
    // Two ticks: the demo schedule sends the same fault twice; the second must find the incident and stop.
    run = await runPattern(PATTERN_DIR, { quiet: true, ticks: 2 });
  }, 120_000);

  it('recovers the failed node in another Availability Zone', () => {
    // Assess
    const first = run.executions?.[0];
    expect(first?.status).toBe('SUCCEEDED');
    expect(first?.output).toEqual(
      expect.objectContaining({
        status: 'RECOVERED',
        nodeId: '1',
        failedInstanceId: 'i-0a1b2c3d4e5f60001',
        replacementInstanceId: expect.stringMatching(/^i-[0-9a-f]{17}$/),
        sourceAz: 'us-east-1a',
        targetAz: 'us-east-1c',
      }),
    );
  });

  it('does nothing for a second event about the same incident', () => {
    // Assess
    const second = run.executions?.[1];
    expect(second?.status).toBe('SUCCEEDED');
    expect(second?.output).toEqual({
      action: 'DUPLICATE',
      reason: 'an incident for i-0a1b2c3d4e5f60001 is already recorded',
    });
  });
});

describe('recovery workflow (local runtime, no standby subnet)', () => {
  it('records where it stopped and fails with an alert when no other zone is tagged', async () => {
    // Act
    const failed = await runPattern(PATTERN_DIR, { quiet: true, params: { SubnetTagValue: 'no-such-value' } });

    // Assess
    const states = failed.history.flatMap((event) => {
      const entry = event as { type?: string; state?: { name?: string } };
      return entry.type === 'StateEntered' && entry.state?.name ? [entry.state.name] : [];
    });
    expect({ status: failed.status, error: failed.error, cause: failed.cause }).toEqual({
      status: 'FAILED',
      error: 'RecoveryFailed',
      cause: 'LaunchReplacement',
    });
    expect(states).toEqual(expect.arrayContaining(['MarkLaunchReplacementFailed', 'RecordFailure', 'AlertFailure']));
    expect(states).not.toContain('SwitchTargets');
  }, 120_000);
});
