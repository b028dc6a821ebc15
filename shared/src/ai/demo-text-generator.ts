/** DemoMode TextGenerator: answers built from the prompt itself, no model call. */
import { resolveTextRequest } from './request-validation';
import { digestFraction, roundTo, stableDigest } from './stable-hash';
import { identifierWords, keyPhrasesOf, keyValueLines, sentencesOf } from './text-analysis';
import type { TextGenerationRequest, TextGenerationResult, TextGenerator } from './text-generator';

/** The `modelId` DemoMode answers carry. */
export const DEMO_TEXT_MODEL_ID = 'demo.text-generator-v1';

const LIST_KEY = /keyword|tag|phrase|label|topic|categor|entities|items/i;
const SUMMARY_KEY = /summary|description|caption|abstract|answer|text|reason|explanation|comment/i;
const SCORE_KEY = /score|confidence|probability|likelihood/i;

/**
 * Deterministic answers: a summary (the prompt's first sentences) and its key phrases (most frequent words). With
 * `expectJsonKeys`, a JSON object with exactly those keys: a `key: value` line of the prompt fills its key, list-like
 * keys (`tags`, `keywords`...) get the key phrases, summary-like keys the first sentences, score-like keys a number in
 * [0, 1] derived from a hash, and any other key the first sentence that mentions it.
 */
export class DemoTextGenerator implements TextGenerator {
  async generate(request: TextGenerationRequest): Promise<TextGenerationResult> {
    const resolved = resolveTextRequest(request);
    const { prompt } = resolved;
    const sentences = sentencesOf(prompt);
    const phrases = keyPhrasesOf(prompt);
    const summary = sentences.slice(0, 2).join(' ').slice(0, 400);
    let text: string;
    let json: Record<string, unknown> | undefined;
    if (resolved.expectJsonKeys === undefined) {
      const answer = `Summary: ${summary}\nKey phrases: ${phrases.join(', ') || '(none)'}`;
      text = answer.slice(0, resolved.maxTokens * 4);
    } else {
      json = fillKeys(resolved.expectJsonKeys, prompt, sentences, phrases, summary);
      text = JSON.stringify(json);
    }
    return {
      text,
      modelId: DEMO_TEXT_MODEL_ID,
      inputTokens: Math.ceil(prompt.length / 4),
      outputTokens: Math.ceil(text.length / 4),
      ...(json === undefined ? {} : { json }),
    };
  }
}

function fillKeys(
  keys: readonly string[],
  prompt: string,
  sentences: readonly string[],
  phrases: readonly string[],
  summary: string,
): Record<string, unknown> {
  const pairs = keyValueLines(prompt);
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const words = identifierWords(key);
    const normalised = words.join(' ');
    const pair = pairs.find((candidate) => identifierWords(candidate.key).join(' ') === normalised);
    if (pair !== undefined) result[key] = pair.value;
    else if (LIST_KEY.test(key)) result[key] = [...phrases];
    else if (SUMMARY_KEY.test(key)) result[key] = summary;
    else if (SCORE_KEY.test(key)) result[key] = roundTo(digestFraction(stableDigest(`${key}\n${prompt}`), 0), 2);
    else result[key] = mentioning(sentences, words) ?? sentences[0] ?? '';
  }
  return result;
}

function mentioning(sentences: readonly string[], words: readonly string[]): string | undefined {
  return sentences.find((sentence) => {
    const lower = sentence.toLowerCase();
    return words.some((word) => word.length >= 3 && lower.includes(word));
  });
}
