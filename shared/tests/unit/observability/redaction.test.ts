import fc from 'fast-check';
import { isSensitiveKey, REDACTED, redactingReplacer, redactSensitive } from '../../../src/observability';

describe('isSensitiveKey', () => {
  it.each(['taskToken', 'TaskToken', 'clientSecret', 'PASSWORD', 'authorization', 'awsCredentials', 'token'])(
    'treats %s as sensitive',
    (key) => {
      // Prepare, Act
      const result = isSensitiveKey(key, 'value');

      // Assess
      expect(result).toBe(true);
    },
  );

  it.each(['bucket', 'key', 'executionId', 'labels'])('treats %s as safe', (key) => {
    // Prepare, Act
    const result = isSensitiveKey(key, 'value');

    // Assess
    expect(result).toBe(false);
  });

  it('keeps numeric model token counts but redacts a string under the same key', () => {
    // Prepare, Act
    const numeric = isSensitiveKey('inputTokens', 12);
    const text = isSensitiveKey('inputTokens', 'abc');

    // Assess
    expect(numeric).toBe(false);
    expect(text).toBe(true);
  });
});

describe('redactingReplacer', () => {
  it('redacts nested keys when used with JSON.stringify', () => {
    // Prepare
    const value = { a: { taskToken: 'tt' }, list: [{ password: 'pw' }], ok: 'yes' };

    // Act
    const json = JSON.stringify(value, redactingReplacer);

    // Assess
    expect(JSON.parse(json)).toEqual({ a: { taskToken: REDACTED }, list: [{ password: REDACTED }], ok: 'yes' });
  });
});

describe('redactSensitive', () => {
  it('returns a redacted deep copy and leaves the input untouched', () => {
    // Prepare
    const input = { outer: { secretValue: 'x', keep: 1 }, items: [{ Authorization: 'y' }] };

    // Act
    const result = redactSensitive(input);

    // Assess
    expect(result).toEqual({ outer: { secretValue: REDACTED, keep: 1 }, items: [{ Authorization: REDACTED }] });
    expect(input.outer.secretValue).toBe('x');
  });

  it('marks circular references instead of recursing forever', () => {
    // Prepare
    const input: Record<string, unknown> = { name: 'loop' };
    input.self = input;

    // Act
    const result = redactSensitive(input);

    // Assess
    expect(result).toEqual({ name: 'loop', self: '[Circular]' });
  });

  it('keeps class instances such as dates as they are', () => {
    // Prepare
    const when = new Date(0);

    // Act
    const result = redactSensitive({ when });

    // Assess
    expect((result as { when: Date }).when).toBe(when);
  });

  it('never lets a value under a sensitive key survive serialisation', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8 }).filter((s) => /^[A-Za-z0-9]+$/.test(s)),
        fc.constantFrom('taskToken', 'password', 'x-secret', 'Authorization', 'credential'),
        fc.integer({ min: 0, max: 4 }),
        (secret, key, depth) => {
          // Prepare
          let value: unknown = { [key]: `SECRET${secret}` };
          for (let level = 0; level < depth; level += 1) value = { level, nested: [value] };

          // Act
          const copied = JSON.stringify(redactSensitive(value));
          const replaced = JSON.stringify(value, redactingReplacer);

          // Assess
          expect(copied).not.toContain(`SECRET${secret}`);
          expect(replaced).not.toContain(`SECRET${secret}`);
        },
      ),
    );
  });
});
