/** Port: generate text (or a JSON object) from a prompt with a language model. */

/** What to ask the model. */
export interface TextGenerationRequest {
  prompt: string;
  /** System instructions, sent apart from the prompt. */
  system?: string;
  /** Upper bound of the answer's length in model tokens; default 2048. */
  maxTokens?: number;
  /** Sampling temperature in [0, 1]; default 0.3. */
  temperature?: number;
  /** When set, the model must answer with one JSON object holding exactly these keys (see `json`). */
  expectJsonKeys?: string[];
}

/** The model's answer. */
export interface TextGenerationResult {
  text: string;
  modelId: string;
  inputTokens?: number;
  outputTokens?: number;
  /** The parsed JSON object when `expectJsonKeys` was given (it holds every expected key). */
  json?: Record<string, unknown>;
}

/** Generates text with a language model (Bedrock Converse, or a deterministic local generator in DemoMode). */
export interface TextGenerator {
  generate(request: TextGenerationRequest): Promise<TextGenerationResult>;
}

/** Default `maxTokens` of a {@link TextGenerationRequest}. */
export const DEFAULT_MAX_TOKENS = 2048;

/** Default `temperature` of a {@link TextGenerationRequest}. */
export const DEFAULT_TEMPERATURE = 0.3;
