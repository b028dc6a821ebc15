/**
 * The SafetyCheck state: folds both branches' results (the Parallel's output) into the findings, asks for the
 * narrative, writes `safety/YYYY/MM/DD/<execution>_safety.json`, and publishes to SNS when a rule found a violation.
 * Throttling and transient model errors are thrown for the state's Retry.
 */
import { createTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { lazyDeps, once, optionalEnv, systemClock } from '@fsxn-s3ap/shared/config';
import { createOutputWriter, datedKey, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import { createSnsNotifier, foldOutcomes, type Notifier, readOutcomes } from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';
import { findingsOf, type SiteSummary, siteSummary } from './report';
import { safetyNarrative } from './safety-narrative';

/** What the step needs; tests pass their own. */
export interface SafetyDeps {
  generator: TextGenerator;
  output: OutputWriter;
  notifier: Notifier | undefined;
  clock: () => Date;
}

/** What the state returns. */
export interface SafetyOutcome {
  safetyKey: string;
  findings: number;
  violations: number;
  narrativeSource: 'model' | 'fallback';
  notified: boolean;
}

const EventSchema = z.object({ executionId: nonEmptyString(), results: z.unknown() });

function productionDeps(): SafetyDeps {
  return lazyDeps<SafetyDeps>({
    generator: once(() => createTextGenerator()),
    output: once(() => createOutputWriter()),
    notifier: once(() => {
      const topic = optionalEnv('SNS_TOPIC_ARN', undefined);
      return topic === undefined ? undefined : createSnsNotifier(topic);
    }),
    clock: () => systemClock,
  });
}

/** The handler; `deps` replaces the production dependencies. */
export function createSafetyHandler(deps?: SafetyDeps): (event: unknown) => Promise<SafetyOutcome> {
  const resolved = once(() => deps ?? productionDeps());
  return async (event) => {
    const { executionId, results } = parseWith(EventSchema, event, 'safety event');
    const { generator, output, notifier, clock } = resolved();
    const now = clock();
    const folded = await foldOutcomes<SiteSummary>(readOutcomes<SiteSummary>(results, output), siteSummary);
    const { findings, total } = findingsOf(folded.summary);
    const violations = findings.filter((finding) => finding.severity === 'violation');
    const answer = await safetyNarrative(generator, findings, total);
    const record = {
      executionId,
      generatedAt: now.toISOString(),
      source: answer.source,
      ...(answer.reason === undefined ? {} : { fallbackReason: answer.reason }),
      modelId: answer.modelId ?? null,
      narrative: answer.value,
      findingCount: total,
      violationCount: violations.length,
      findings,
    };
    const safetyKey = await output.putJson(datedKey('safety', executionId, 'safety.json', now), record);
    const notify = notifier !== undefined && violations.length > 0;
    if (notify) {
      const lines = violations.slice(0, 20).map((v) => `- ${v.rule} ${v.subject}: ${v.detail}`);
      const body = [answer.value.summary, '', ...lines, '', `Safety record: s3://${output.bucket}/${safetyKey}`];
      await notifier.publish(`Safety violations: ${violations.length} (${executionId})`, body.join('\n'));
    }
    return {
      safetyKey,
      findings: total,
      violations: violations.length,
      narrativeSource: answer.source,
      notified: notify,
    };
  };
}
