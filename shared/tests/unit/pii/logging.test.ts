import { createHash } from 'node:crypto';
import { ConfigError } from '../../../src/errors';
import { loggableText, logPiiAllowed, piiMetadata, textFingerprint } from '../../../src/pii';

describe('PII-safe logging', () => {
  it.each([
    [{}, false],
    [{ LOG_PII_DATA: 'false' }, false],
    [{ LOG_PII_DATA: 'true' }, true],
    [{ LOG_PII_DATA: 'ON' }, true],
  ])('logPiiAllowed(%p) is %s', (env, expected) => {
    // Prepare, Act, Assess
    expect(logPiiAllowed(env)).toBe(expected);
  });

  it('rejects a malformed LOG_PII_DATA', () => {
    // Prepare, Act, Assess
    expect(() => logPiiAllowed({ LOG_PII_DATA: 'maybe' })).toThrow(ConfigError);
  });

  it('fingerprints a text by its length and the start of its SHA-256', () => {
    // Prepare
    const text = 'Jane Smith 4111 1111 1111 1111';

    // Act
    const fingerprint = textFingerprint(text);

    // Assess
    const digest = createHash('sha256').update(text).digest('hex');
    expect(fingerprint).toEqual({ length: 30, sha256Prefix: digest.slice(0, 12) });
  });

  it('logs the text itself only when allowed', () => {
    // Prepare
    const text = 'jane@example.com';

    // Act
    const hidden = loggableText(text, {});
    const shown = loggableText(text, { LOG_PII_DATA: '1' });

    // Assess
    expect(hidden).toEqual(textFingerprint(text));
    expect(JSON.stringify(hidden)).not.toContain('jane');
    expect(shown).toBe(text);
  });

  it('summarises the types found for an output', () => {
    // Prepare, Act, Assess
    expect(piiMetadata([{ type: 'PHONE' }, { type: 'EMAIL' }, { type: 'PHONE' }])).toEqual({
      containsPii: true,
      piiTypes: ['EMAIL', 'PHONE'],
    });
    expect(piiMetadata([])).toEqual({ containsPii: false, piiTypes: [] });
  });
});
