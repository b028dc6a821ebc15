/** TextGenerator adapter: Amazon Bedrock's model-agnostic Converse API. */
import {
  BedrockRuntimeClient,
  ConverseCommand,
  type ConverseCommandOutput,
  type SystemContentBlock,
} from '@aws-sdk/client-bedrock-runtime';
import { AiServiceError } from '../errors';
import { createAwsClient } from '../observability/aws-client';
import { extractJsonObject } from './extract-json';
import { resolveTextRequest } from './request-validation';
import { toAiServiceError } from './service-error';
import type { TextGenerationRequest, TextGenerationResult, TextGenerator } from './text-generator';

/** Options of {@link BedrockTextGenerator}. */
export interface BedrockTextGeneratorOptions {
  /**
   * A model id or inference profile id. Amazon Nova models are invoked through a geographic inference profile
   * such as `apac.amazon.nova-lite-v1:0` or `us.amazon.nova-lite-v1:0`.
   */
  modelId: string;
  client?: BedrockRuntimeClient;
}

/** Generates text with Bedrock `Converse`; with `expectJsonKeys`, asks for and checks a JSON object. */
export class BedrockTextGenerator implements TextGenerator {
  readonly modelId: string;
  private readonly client: BedrockRuntimeClient;

  constructor(options: BedrockTextGeneratorOptions) {
    this.modelId = options.modelId;
    this.client = options.client ?? createAwsClient(BedrockRuntimeClient, {});
  }

  async generate(request: TextGenerationRequest): Promise<TextGenerationResult> {
    const resolved = resolveTextRequest(request);
    const keys = resolved.expectJsonKeys;
    const system: SystemContentBlock[] = [];
    if (resolved.system !== undefined) system.push({ text: resolved.system });
    if (keys !== undefined) {
      system.push({
        text: `Answer with one JSON object only, with exactly these keys: ${keys.join(', ')}. No prose outside it.`,
      });
    }
    let response: ConverseCommandOutput;
    try {
      response = await this.client.send(
        new ConverseCommand({
          modelId: this.modelId,
          messages: [{ role: 'user', content: [{ text: resolved.prompt }] }],
          ...(system.length > 0 ? { system } : {}),
          inferenceConfig: { maxTokens: resolved.maxTokens, temperature: resolved.temperature },
        }),
      );
    } catch (error) {
      throw toAiServiceError(error, `Bedrock Converse (${this.modelId})`);
    }
    const text = (response.output?.message?.content ?? [])
      .map((block) => block.text ?? '')
      .join('')
      .trim();
    if (text === '') {
      throw new AiServiceError(`Bedrock model ${this.modelId} returned no text (stopReason ${response.stopReason})`);
    }
    const result: TextGenerationResult = {
      text,
      modelId: this.modelId,
      inputTokens: response.usage?.inputTokens,
      outputTokens: response.usage?.outputTokens,
    };
    if (keys !== undefined) result.json = requireJsonKeys(text, keys, this.modelId);
    return result;
  }
}

function requireJsonKeys(text: string, keys: readonly string[], modelId: string): Record<string, unknown> {
  const json = extractJsonObject(text);
  if (json === undefined) throw new AiServiceError(`Bedrock model ${modelId} did not answer with a JSON object`);
  const missing = keys.filter((key) => !(key in json));
  if (missing.length > 0) {
    throw new AiServiceError(`Bedrock model ${modelId} answered JSON without the keys: ${missing.join(', ')}`);
  }
  return json;
}
