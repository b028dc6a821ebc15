import { loadConfig } from '../../src/config';
import { ErrorName } from '../../src/errors';

const base = { INPUT_ACCESS_POINT: 'files-ap-abc123-ext-s3alias' };

describe('loadConfig', () => {
  it('applies the defaults', () => {
    // Act
    const config = loadConfig(base);

    // Assess
    expect(config).toEqual({
      inputAccessPoint: 'files-ap-abc123-ext-s3alias',
      inputPrefix: '',
      suffixes: [],
      maxObjects: 10_000,
      mapConcurrency: 10,
      snsTopicArn: undefined,
    });
  });

  it('reads the suffix filter case-insensitively', () => {
    // Act
    const config = loadConfig({ ...base, SUFFIX_FILTER: '.CSV, .png' });

    // Assess
    expect(config.suffixes).toEqual(['.csv', '.png']);
  });

  it('names the missing access point variable', () => {
    // Act / Assess
    expect(() => loadConfig({})).toThrow(expect.objectContaining({ name: ErrorName.ConfigError }));
    expect(() => loadConfig({})).toThrow(/INPUT_ACCESS_POINT/);
  });

  it.each([['0'], ['41'], ['ten']])('rejects MAP_CONCURRENCY=%s', (value) => {
    // Act / Assess
    expect(() => loadConfig({ ...base, MAP_CONCURRENCY: value })).toThrow(/MAP_CONCURRENCY/);
  });
});
