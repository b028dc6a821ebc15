import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { AiServiceError, ThrottlingError } from '@fsxn-s3ap/shared/errors';
import { scoreInspection } from '../../../src/domain/cleanliness-rules';
import { recommend, recommendationPrompt, ruleRecommendations } from '../../../src/domain/recommendations';

const answering = (text: string): TextGenerator & { prompts: string[] } => {
  const prompts: string[] = [];
  return {
    prompts,
    generate: async (request) => {
      prompts.push(request.prompt);
      return { text, modelId: 'test-model' };
    },
  };
};
const failing = (error: Error): TextGenerator => ({
  generate: async () => {
    throw error;
  },
});

const stained = scoreInspection([{ name: 'Mold', confidence: 100, parents: [] }]);

describe('recommend', () => {
  it('makes no model call when no rule fired', async () => {
    const generator = answering('{}');
    await expect(recommend(generator, scoreInspection([]))).resolves.toEqual({
      value: { recommendations: [], priority: 'low' },
      source: 'none',
    });
    expect(generator.prompts).toEqual([]);
  });

  it("uses the model's answer when it matches the schema; the prompt holds only rules and scores", async () => {
    // Prepare
    const generator = answering('{"recommendations":["Treat the mould"],"priority":"high"}');

    // Act
    const answer = await recommend(generator, stained);

    // Assess
    expect(answer).toMatchObject({
      source: 'model',
      value: { recommendations: ['Treat the mould'], priority: 'high' },
    });
    expect(generator.prompts[0]).toBe(recommendationPrompt(stained));
    expect(generator.prompts[0]).toContain('mould (cleanliness): Mold, -40');
  });

  it('falls back to the rules on a schema mismatch or a model error, and rethrows throttling', async () => {
    await expect(recommend(answering('{"recommendations":"x","priority":"urgent"}'), stained)).resolves.toMatchObject({
      source: 'fallback',
      failure: 'schema-mismatch',
      value: ruleRecommendations(stained),
    });
    await expect(recommend(failing(new AiServiceError('no JSON')), stained)).resolves.toMatchObject({
      source: 'fallback',
    });
    await expect(recommend(failing(new ThrottlingError('slow down')), stained)).rejects.toThrow(ThrottlingError);
  });

  it('gives one action per fired rule and a priority from the grade', () => {
    expect(ruleRecommendations(stained)).toEqual({
      recommendations: ['Treat the mould and check ventilation and humidity before the room is let again.'],
      priority: 'medium',
    });
  });
});
