import { ComprehendMedicalClient, DetectPHICommand } from '@aws-sdk/client-comprehendmedical';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { text } from '../../../scripts/dicom-builder';
import { ComprehendMedicalPhiDetector } from '../../../src/domain/phi/comprehend-medical-phi-detector';
import { DemoPhiDetector, MAX_PHI_TEXT_BYTES } from '../../../src/domain/phi/phi-detector';
import { residualText } from '../../../src/domain/phi/residual-text';

describe('residualText', () => {
  it('joins the text values, in sequences too, and leaves codes, UIDs and dates out', () => {
    // Prepare
    const elements = [
      text(0x0008, 0x0060, 'CS', 'CT'),
      text(0x0008, 0x0070, 'LO', 'ACME SMITH^ALAN'),
      text(0x0008, 0x0018, 'UI', '1.2.3'),
      { tag: 0x00081140, vr: 'SQ', items: [{ elements: [text(0x0008, 0x0104, 'LO', 'nested words')] }] },
      text(0x0008, 0x1090, 'LO', '  '),
    ];

    // Act / Assess
    expect(residualText(elements)).toBe('ACME SMITH^ALAN\nnested words');
  });
});

describe('DemoPhiDetector', () => {
  it.each([
    ['ACME SMITH^ALAN', [{ type: 'NAME', score: 0.9 }]],
    ['born 19700101 here', [{ type: 'DATE', score: 0.8 }]],
    ['ACME MEDICAL\nCHEST ^ 12345678', []],
    ['', []],
  ])('finds PHI in %j', async (input, expected) => {
    // Act / Assess
    await expect(new DemoPhiDetector().detectPhi(input)).resolves.toEqual(expected);
  });
});

describe('ComprehendMedicalPhiDetector', () => {
  const cm = mockClient(ComprehendMedicalClient);
  afterEach(() => cm.reset());

  it('sends at most 20,000 bytes and returns the entity types and scores', async () => {
    // Prepare
    cm.on(DetectPHICommand).resolves({ Entities: [{ Type: 'NAME', Score: 0.97, Text: 'SMITH' }], ModelVersion: '1' });
    const long = 'é'.repeat(MAX_PHI_TEXT_BYTES);

    // Act
    const findings = await new ComprehendMedicalPhiDetector(new ComprehendMedicalClient({})).detectPhi(long);

    // Assess
    expect(findings).toEqual([{ type: 'NAME', score: 0.97 }]);
    const sent = cm.commandCalls(DetectPHICommand)[0]?.args[0].input.Text ?? '';
    expect(Buffer.byteLength(sent, 'utf8')).toBeLessThanOrEqual(MAX_PHI_TEXT_BYTES);
  });

  it('skips blank text and turns a service error into AiServiceError', async () => {
    // Prepare
    const detector = new ComprehendMedicalPhiDetector(new ComprehendMedicalClient({}));
    cm.on(DetectPHICommand).rejects(Object.assign(new Error('bad'), { name: 'InvalidRequestException' }));

    // Act / Assess
    await expect(detector.detectPhi('  ')).resolves.toEqual([]);
    expect(cm).toHaveReceivedCommandTimes(DetectPHICommand, 0);
    await expect(detector.detectPhi('SMITH')).rejects.toMatchObject({ name: 'AiServiceError' });
  });
});
