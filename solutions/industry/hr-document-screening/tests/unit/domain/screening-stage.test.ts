import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DemoDocumentOcr, DemoEntityExtractor, DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler, createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { loadJobProfile } from '../../../src/domain/job-profile';
import { screeningReport } from '../../../src/domain/report';
import { screeningStage } from '../../../src/domain/screening-stage';
import { loadScreeningSettings } from '../../../src/domain/settings';

const DEMO = path.resolve(__dirname, '../../../demo-data/hr/resumes');
const demo = (name: string) => new Uint8Array(readFileSync(path.join(DEMO, name)));
const ports = { ocr: new DemoDocumentOcr(), entities: new DemoEntityExtractor(), generator: new DemoTextGenerator() };

describe('screening stage', () => {
  it('keeps contact details in standard mode, masks protected values, fails a non-resume by name', async () => {
    // Prepare
    const kit = testKit({ files: { 'hr/resumes/a.pdf': demo('candidate-a.pdf'), 'hr/resumes/x.pdf': 'hello' } });
    const settings = { ...loadScreeningSettings({}), piiMode: 'standard' as const };
    const handler = createItemHandler(screeningStage, { ...kit, settings, ports });

    // Act
    const outcome = await handler({ Items: kit.input.summaries(), BatchInput: { executionId: 'exec-1' } });

    // Assess
    expect(outcome).toMatchObject({ objects: 2, succeeded: 1, failedCount: 1 });
    expect(outcome.failures[0]).toMatchObject({ item: 'hr/resumes/x.pdf', error: 'UnsupportedResumeError' });
    const [record] = [...kit.output.objects.values()] as Array<{ contact: object; redactedText: string; pii: object }>;
    expect(record?.contact).toEqual({
      name: 'Maria Garcia',
      email: 'maria.garcia@example.com',
      phone: '+34 612 345 678',
    });
    expect(record?.redactedText).toContain('Gender: [PROTECTED_GENDER]');
    expect(record?.redactedText).not.toContain('Spanish');
    expect(record?.pii).toEqual({ containsPii: true, piiTypes: ['EMAIL', 'NAME', 'PHONE'] });
  });

  it('reads the job profile and rejects settings it cannot use', () => {
    expect(loadJobProfile().requiredSkills).toEqual(['typescript', 'aws', 'sql']);
    expect(() => loadScreeningSettings({ PII_MODE: 'loose' })).toThrow('PII_MODE');
  });

  it('reports scores, review and removed fields', async () => {
    // Prepare
    const kit = testKit();
    const summary = { ...screeningStage.summary.empty(), resumes: 2, scoreTotal: 150, highestScore: 90, review: 1 };
    const results = [
      { status: 'SUCCEEDED', objects: 2, succeeded: 2, bytes: 9, failures: [], failedCount: 0, summary },
    ];
    const discovery = { manifestKey: 'm', totalObjects: 2, totalBytes: 9, truncated: false };

    // Act
    const outcome = await createReportHandler(screeningReport, kit)({ executionId: 'e', discovery, results });

    // Assess
    const markdown = String(kit.output.objects.get(outcome.summaryKey));
    expect(markdown).toContain('- Mean score (0-100): 75');
    expect(markdown).toContain('- Sent to review (low extraction confidence): 1');
  });
});
