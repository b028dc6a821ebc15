import { tokenStorageModeFromEnv } from '../../../src/task-tokens';

describe('tokenStorageModeFromEnv', () => {
  it('reads dynamodb or direct and defaults to dynamodb', () => {
    // Act / Assess
    expect(tokenStorageModeFromEnv({ TOKEN_STORAGE_MODE: 'direct' })).toBe('direct');
    expect(tokenStorageModeFromEnv({ TOKEN_STORAGE_MODE: 'dynamodb' })).toBe('dynamodb');
    expect(tokenStorageModeFromEnv({})).toBe('dynamodb');
  });

  it('rejects any other value with a ConfigError naming the variable', () => {
    // Act / Assess
    expect(() => tokenStorageModeFromEnv({ TOKEN_STORAGE_MODE: 'tags' })).toThrow(/TOKEN_STORAGE_MODE/);
  });
});
