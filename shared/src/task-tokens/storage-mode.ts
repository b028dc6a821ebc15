/** Which storage mode a function runs in, from `TOKEN_STORAGE_MODE`. */
import { type Env, enumEnv } from '../config';
import { TOKEN_STORAGE_MODES, type TokenStorageMode } from './types';

/** `TOKEN_STORAGE_MODE` (dynamodb | direct), dynamodb when unset; ConfigError on any other value. */
export function tokenStorageModeFromEnv(env: Env = process.env): TokenStorageMode {
  return enumEnv('TOKEN_STORAGE_MODE', TOKEN_STORAGE_MODES, 'dynamodb', env);
}
