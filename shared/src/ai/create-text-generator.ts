/** Factory of the TextGenerator port. */
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { isDemoMode, requireEnv } from '../config';
import { BedrockTextGenerator } from './bedrock-text-generator';
import { DemoTextGenerator } from './demo-text-generator';
import type { AdapterFactoryOptions } from './factories';
import type { TextGenerator } from './text-generator';

/** A TextGenerator: Demo in DemoMode, else Bedrock Converse with `BEDROCK_MODEL_ID` (ConfigError when unset). */
export function createTextGenerator(options: AdapterFactoryOptions<BedrockRuntimeClient> = {}): TextGenerator {
  const env = options.env ?? process.env;
  if (isDemoMode(env)) return new DemoTextGenerator();
  return new BedrockTextGenerator({ modelId: requireEnv('BEDROCK_MODEL_ID', env), client: options.client });
}
