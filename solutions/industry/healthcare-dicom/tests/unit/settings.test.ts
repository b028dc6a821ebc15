import { ComprehendMedicalPhiDetector } from '../../src/domain/phi/comprehend-medical-phi-detector';
import { DEMO_UID_SALT, dicomPorts, dicomSettings } from '../../src/settings';

describe('dicomSettings', () => {
  it('reads the salt, prefix, header cap and LOG_PHI_DATA', () => {
    // Act
    const settings = dicomSettings({
      UID_SALT: 'a-deployment-secret',
      ANONYMIZED_PREFIX: 'deid',
      MAX_HEADER_BYTES: '4096',
      LOG_PHI_DATA: 'true',
    });

    // Assess
    expect(settings).toMatchObject({
      uidSalt: 'a-deployment-secret',
      anonymizedPrefix: 'deid/',
      maxHeaderBytes: 4096,
      logPhiData: true,
    });
  });

  it('uses the demo salt only in DemoMode and never logs PHI by default', () => {
    // Act / Assess
    expect(dicomSettings({ DEMO_MODE: 'true' })).toMatchObject({ uidSalt: DEMO_UID_SALT, logPhiData: false });
    expect(() => dicomSettings({})).toThrow(
      expect.objectContaining({ name: 'ConfigError', message: expect.stringMatching(/UID_SALT/) }),
    );
    expect(() => dicomSettings({ UID_SALT: 'short' })).toThrow(/at least 16 characters/);
  });
});

describe('dicomPorts', () => {
  it('uses the demo adapters in DemoMode and the AWS adapters otherwise', () => {
    // Act
    const demo = dicomPorts({ DEMO_MODE: 'true' });
    const aws = dicomPorts({ DEMO_MODE: 'false', COMPREHEND_MEDICAL_REGION: 'us-west-2' });

    // Assess
    expect([demo.textDetector.source, demo.phiDetector.source]).toEqual(['demo', 'demo']);
    expect([aws.textDetector.source, aws.phiDetector.source]).toEqual(['rekognition', 'comprehend-medical']);
    expect(aws.phiDetector).toBeInstanceOf(ComprehendMedicalPhiDetector);
  });
});
