import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { AiServiceError, ThrottlingError } from '@fsxn-s3ap/shared/errors';
import { createMemoryOutputWriter, createRecordingNotifier, fixedClock } from '@fsxn-s3ap/shared/testing';
import { fallbackNarrative } from '../../../src/domain/safety-narrative';
import { createSafetyHandler } from '../../../src/domain/safety-step';

const event = JSON.parse(readFileSync(path.join(__dirname, '../../../events/safety-event.json'), 'utf8'));

describe('SafetyCheck', () => {
  it('writes the findings with a model narrative and publishes the violations', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    const notifier = createRecordingNotifier();
    const handler = createSafetyHandler({ generator: new DemoTextGenerator(), output, notifier, clock: fixedClock() });

    // Act
    const outcome = await handler(event);

    // Assess
    expect(outcome).toMatchObject({ findings: 1, violations: 1, narrativeSource: 'model', notified: true });
    expect(notifier.messages[0]?.subject).toContain('Safety violations: 1');
    expect(output.objects.get(outcome.safetyKey)).toMatchObject({ source: 'model', violationCount: 1 });
  });

  it('falls back to the keyword narrative when the model fails for good, and rethrows throttling', async () => {
    // Prepare
    const failing = { generate: async () => Promise.reject(new AiServiceError('no answer')) };
    const throttled = { generate: async () => Promise.reject(new ThrottlingError('slow down')) };
    const output = createMemoryOutputWriter();

    // Act
    const outcome = await createSafetyHandler({ generator: failing, output, notifier: undefined, clock: fixedClock() })(
      event,
    );

    // Assess
    expect(outcome).toMatchObject({ narrativeSource: 'fallback', notified: false });
    const record = output.objects.get(outcome.safetyKey) as { narrative: { summary: string } };
    expect(record.narrative.summary).toContain('materials: 1 finding(s) in drawings/demolition-survey.pdf');
    await expect(
      createSafetyHandler({ generator: throttled, output, notifier: undefined, clock: fixedClock() })(event),
    ).rejects.toThrow(ThrottlingError);
  });

  it('says when no rule fired', () => {
    expect(fallbackNarrative([], 0)).toEqual({ summary: 'No safety rule fired.', actions: 'None.' });
  });
});
