import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { type CatalogSummary, emptySummary } from '../../../src/domain/catalog-summary';
import { combineIteration, combineSteps } from '../../../src/domain/combine-steps';

function outcome(overrides: Partial<CatalogSummary>, failures: { item: string; error: string; message: string }[]) {
  return {
    status: 'SUCCEEDED',
    objects: 3,
    succeeded: 3 - failures.length,
    bytes: 300 - 100 * failures.length,
    failures,
    failedCount: failures.length,
    summary: { ...emptySummary(), ...overrides },
  };
}

describe('combineIteration', () => {
  it('counts images, listing a failed image once under the first step that failed it', () => {
    // Prepare
    const tagFailure = { item: 'b.png', error: 'AiServiceError', message: 'bad request' };
    const steps = {
      tagging: outcome({ tagged: 2 }, [tagFailure]),
      catalog: outcome({ modelEntries: 2 }, [{ item: 'b.png', error: 'TagsNotFoundError', message: 'no tags' }]),
      quality: outcome({ qualityPassed: 2, qualityFailed: 1 }, []),
    };

    // Act
    const combined = combineIteration(steps, 'results[0]');

    // Assess
    expect(combined).toMatchObject({
      status: 'SUCCEEDED',
      objects: 3,
      succeeded: 2,
      failedCount: 1,
      bytes: 200,
      failures: [{ ...tagFailure, message: 'tagging: bad request' }],
      summary: { tagged: 2, modelEntries: 2, qualityPassed: 2, qualityFailed: 1 },
    });
  });

  it('passes a caught FAILED record through for the kit to parse', () => {
    // Prepare
    const caught = { status: 'FAILED', item: { key: 'a.png' }, error: { Error: 'States.Timeout' } };

    // Act & Assess
    expect(combineIteration(caught, 'results[0]')).toBe(caught);
  });

  it('names the malformed step', () => {
    // Act & Assess
    expect(() => combineIteration({ tagging: {}, catalog: {}, quality: {} }, 'results[4]')).toThrow(ValidationError);
    expect(() => combineIteration({ tagging: {}, catalog: {}, quality: {} }, 'results[4]')).toThrow(
      'results[4].tagging',
    );
  });
});

describe('combineSteps', () => {
  it('replaces each iteration and keeps a ResultWriter reference as it is', () => {
    // Prepare
    const steps = { tagging: outcome({}, []), catalog: outcome({}, []), quality: outcome({}, []) };
    const writer = { ResultWriterDetails: { Bucket: 'b', Key: 'k' } };

    // Act & Assess
    expect(combineSteps({ executionId: 'x', results: [steps] })).toMatchObject({
      executionId: 'x',
      results: [{ objects: 3, succeeded: 3 }],
    });
    expect(combineSteps({ executionId: 'x', results: writer })).toEqual({ executionId: 'x', results: writer });
    expect(() => combineSteps('nope')).toThrow(ValidationError);
  });
});
