import fc from 'fast-check';
import { boolEnv, enumEnv, intEnv, isDemoMode, listEnv, numberEnv, optionalEnv, requireEnv } from '../../../src/config';
import { ConfigError } from '../../../src/errors';

function configError(act: () => unknown): ConfigError {
  try {
    act();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('requireEnv', () => {
  it('returns the trimmed value', () => {
    // Prepare, Act
    const value = requireEnv('OUTPUT_BUCKET', { OUTPUT_BUCKET: '  my-bucket ' });

    // Assess
    expect(value).toBe('my-bucket');
  });

  it.each([{}, { OUTPUT_BUCKET: '' }, { OUTPUT_BUCKET: '   ' }])(
    'rejects %p with a ConfigError naming the variable',
    (env) => {
      // Prepare, Act
      const error = configError(() => requireEnv('OUTPUT_BUCKET', env));

      // Assess
      expect(error.name).toBe('ConfigError');
      expect(error.message).toBe('Environment variable OUTPUT_BUCKET is required but is not set');
    },
  );

  it('reads process.env by default', () => {
    // Prepare
    process.env.CONFIG_TEST_VALUE = 'from-process';

    // Act
    const value = requireEnv('CONFIG_TEST_VALUE');
    delete process.env.CONFIG_TEST_VALUE;

    // Assess
    expect(value).toBe('from-process');
  });
});

describe('optionalEnv', () => {
  it('returns the value, the fallback, or undefined', () => {
    // Prepare
    const env = { SET: ' x ', BLANK: ' ' };

    // Act
    const values = [
      optionalEnv('SET', 'f', env),
      optionalEnv('BLANK', 'f', env),
      optionalEnv('MISSING', undefined, env),
    ];

    // Assess
    expect(values).toEqual(['x', 'f', undefined]);
  });
});

describe('intEnv', () => {
  it('parses integers within the range', () => {
    // Prepare, Act
    const value = intEnv('MAP_CONCURRENCY', { min: 1, max: 40 }, { MAP_CONCURRENCY: ' 40 ' });

    // Assess
    expect(value).toBe(40);
  });

  it('returns the fallback when missing', () => {
    // Prepare, Act
    const value = intEnv('MAX_OBJECTS', { fallback: 10000 }, {});

    // Assess
    expect(value).toBe(10000);
  });

  it.each([
    [{}, {}, /is required/],
    [{ X: '1.5' }, {}, /must be an integer, got "1.5"/],
    [{ X: '10abc' }, {}, /must be an integer/],
    [{ X: '0' }, { min: 1 }, /must be >= 1, got 0/],
    [{ X: '41' }, { max: 40 }, /must be <= 40, got 41/],
    [{ X: '99999999999999999999' }, {}, /too large/],
  ])('rejects %p with options %p', (env, options, reason) => {
    // Prepare, Act
    const error = configError(() => intEnv('X', options, env));

    // Assess
    expect(error.message).toMatch(reason);
    expect(error.message).toContain('X');
  });

  it('round-trips every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        // Prepare, Act
        const parsed = intEnv('N', {}, { N: String(value) });

        // Assess
        expect(parsed).toBe(value);
      }),
    );
  });
});

describe('numberEnv', () => {
  it('parses decimals within the range', () => {
    // Prepare, Act
    const value = numberEnv('T', { min: 0, max: 1 }, { T: '0.85' });

    // Assess
    expect(value).toBe(0.85);
  });

  it('returns the fallback when missing', () => {
    // Prepare, Act
    const value = numberEnv('T', { fallback: 0.3 }, {});

    // Assess
    expect(value).toBe(0.3);
  });

  it.each([
    [{}, {}, /is required/],
    [{ T: 'abc' }, {}, /must be a number, got "abc"/],
    [{ T: 'Infinity' }, {}, /must be a number/],
    [{ T: '1.5' }, { min: 0, max: 1 }, /within \[0, 1\], got 1.5/],
    [{ T: '-2' }, { min: 0 }, /within \[0, inf\], got -2/],
    [{ T: '7' }, { max: 5 }, /within \[-inf, 5\], got 7/],
  ])('rejects %p with options %p', (env, options, reason) => {
    // Prepare, Act
    const error = configError(() => numberEnv('T', options, env));

    // Assess
    expect(error.message).toMatch(reason);
  });
});

describe('boolEnv', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['On', true],
    ['false', false],
    ['0', false],
    ['no', false],
    ['OFF', false],
  ])('reads %p as %p', (raw, expected) => {
    // Prepare, Act
    const value = boolEnv('FLAG', !expected, { FLAG: raw });

    // Assess
    expect(value).toBe(expected);
  });

  it('returns the fallback when missing', () => {
    // Prepare, Act
    const value = boolEnv('FLAG', true, {});

    // Assess
    expect(value).toBe(true);
  });

  it('rejects anything else with a ConfigError naming the variable', () => {
    // Prepare, Act
    const error = configError(() => boolEnv('FLAG', false, { FLAG: 'maybe' }));

    // Assess
    expect(error.message).toBe('Environment variable FLAG must be true or false, got "maybe"');
  });
});

describe('listEnv', () => {
  it('splits, trims and drops empty items', () => {
    // Prepare, Act
    const value = listEnv('SUFFIX_FILTER', [], { SUFFIX_FILTER: ' .jpg, ,.PNG ,' });

    // Assess
    expect(value).toEqual(['.jpg', '.PNG']);
  });

  it('returns a copy of the fallback when missing', () => {
    // Prepare
    const fallback = ['.txt'];

    // Act
    const value = listEnv('SUFFIX_FILTER', fallback, {});
    value.push('.csv');

    // Assess
    expect(fallback).toEqual(['.txt']);
  });

  it('returns an empty list by default', () => {
    // Prepare, Act
    const value = listEnv('SUFFIX_FILTER', undefined, {});

    // Assess
    expect(value).toEqual([]);
  });
});

describe('enumEnv', () => {
  const DESTINATIONS = ['STANDARD_S3', 'FSXN_S3AP'] as const;

  it('returns an allowed value or the fallback', () => {
    // Prepare, Act
    const values = [
      enumEnv('OUTPUT_DESTINATION', DESTINATIONS, undefined, { OUTPUT_DESTINATION: 'FSXN_S3AP' }),
      enumEnv('OUTPUT_DESTINATION', DESTINATIONS, 'STANDARD_S3', {}),
    ];

    // Assess
    expect(values).toEqual(['FSXN_S3AP', 'STANDARD_S3']);
  });

  it('rejects a value outside the list, naming the allowed values', () => {
    // Prepare, Act
    const error = configError(() =>
      enumEnv('OUTPUT_DESTINATION', DESTINATIONS, undefined, { OUTPUT_DESTINATION: 's3' }),
    );

    // Assess
    expect(error.message).toBe(
      'Environment variable OUTPUT_DESTINATION must be one of STANDARD_S3, FSXN_S3AP, got "s3"',
    );
  });

  it('rejects a missing value without fallback', () => {
    // Prepare, Act
    const error = configError(() => enumEnv('OUTPUT_DESTINATION', DESTINATIONS, undefined, {}));

    // Assess
    expect(error.message).toMatch(/OUTPUT_DESTINATION is required/);
  });
});

describe('isDemoMode', () => {
  it.each([
    [{ DEMO_MODE: 'true' }, true],
    [{ DEMO_MODE: 'false' }, false],
    [{}, false],
  ])('answers %p with %p', (env, expected) => {
    // Prepare, Act
    const value = isDemoMode(env);

    // Assess
    expect(value).toBe(expected);
  });
});
