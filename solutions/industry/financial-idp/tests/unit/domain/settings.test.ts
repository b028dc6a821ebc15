import { ConfigError } from '@fsxn-s3ap/shared/errors';
import { idpSettings } from '../../../src/domain/settings';

describe('idpSettings', () => {
  it('has the source defaults', () => {
    expect(idpSettings({})).toEqual({
      pageThreshold: 1,
      ocrMaxWaitSeconds: 540,
      maxDocumentBytes: 50 * 1024 * 1024,
      thresholds: { autoApprove: 0.85, reject: 0.3 },
      logPii: false,
    });
  });

  it('names the variable that is out of range', () => {
    expect(() => idpSettings({ OCR_MAX_WAIT_SECONDS: '2' })).toThrow(ConfigError);
    expect(() => idpSettings({ OCR_MAX_WAIT_SECONDS: '2' })).toThrow('OCR_MAX_WAIT_SECONDS');
    expect(() => idpSettings({ LOG_PII_DATA: 'maybe' })).toThrow('LOG_PII_DATA');
  });
});
