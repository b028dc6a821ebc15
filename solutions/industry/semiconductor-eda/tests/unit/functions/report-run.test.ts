import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { testKit } from '@fsxn-s3ap/shared/testing';
import event from '../../../events/report-event.json';
import { createEdaReportHandler } from '../../../src/domain/report-run';

const settings = () => ({ maxHierarchyDepth: 16, maxStandardLayer: 255 });
const generator = (answer: () => Promise<string>): TextGenerator => ({
  generate: async () => ({ text: await answer(), modelId: 'model-x' }),
});

describe('EDA report handler', () => {
  it('writes the kit report with DRC and findings sections, then the design review with the narrative', async () => {
    // Prepare
    const kit = testKit();
    const handler = createEdaReportHandler({
      kit,
      output: kit.output,
      text: () => generator(async () => 'Two designs need a look.'),
      settings,
    });

    // Act
    const outcome = await handler(event);

    // Assess
    expect(outcome).toMatchObject({ objects: 3, succeeded: 2, failed: 1, findings: 3 });
    expect(outcome.reviewKey).toBe('out/reports/2025/01/02/eda-design-review-local-sample-execution.md');
    const review = kit.output.objects.get(outcome.reviewKey) as string;
    expect(review).toContain('- Narrative: Two designs need a look.');
    expect(review).toContain('| cell_count | 2 | 4 | 7 | 5.5 | 7 |');
    expect(review).toContain('designs/ip/sram_macro.gds2: 1 referenced cell name(s) not defined in the library');
    expect(kit.notifier.messages[0]?.message).toContain('## Design review findings (3)');
    expect(kit.output.objects.get(outcome.summaryKey)).toContain('## DRC statistics');
  });

  it('falls back to the rule-based narrative when the model fails, and without DRC statistics', async () => {
    // Prepare
    const kit = testKit();
    const failing = generator(async () => {
      throw Object.assign(new Error('model unavailable'), { name: 'AiServiceError' });
    });
    const handler = createEdaReportHandler({ kit, output: kit.output, text: () => failing, settings });
    const { drc: _drc, ...withoutDrc } = event;

    // Act
    const outcome = await handler(withoutDrc);

    // Assess
    const review = kit.output.objects.get(outcome.reviewKey) as string;
    expect(review).toContain('- Narrative: 2 designs reviewed; 3 warning(s) and 0 note(s) below need a look.');
    expect(review).toContain('- Source: rules (model unavailable: model unavailable)');
    expect(review).not.toContain('DRC statistics');
  });

  it('says why the DRC statistics are missing when the state machine passed their failure', async () => {
    // Prepare
    const kit = testKit();
    const handler = createEdaReportHandler({
      kit,
      output: kit.output,
      text: () => generator(async () => 'ok'),
      settings,
    });
    const drc = { query: 'drc-statistics', metrics: [], error: 'QueryFailedError: TABLE_NOT_FOUND' };

    // Act
    const outcome = await handler({ ...event, drc });

    // Assess
    expect(kit.output.objects.get(outcome.reviewKey)).toContain('- Unavailable: QueryFailedError: TABLE_NOT_FOUND');
    expect(kit.output.objects.get(outcome.summaryKey)).toContain('- Unavailable: QueryFailedError: TABLE_NOT_FOUND');
  });
});
