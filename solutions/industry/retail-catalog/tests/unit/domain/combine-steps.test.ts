import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { readOutcomes } from '@fsxn-s3ap/shared/workflow';
import fc from 'fast-check';
import { type CatalogSummary, emptySummary } from '../../../src/domain/catalog-summary';
import { combineBatch, earlierSteps, withEarlierSteps } from '../../../src/domain/combine-steps';

type Failure = { item: string; error: string; message: string };

function outcome(overrides: Partial<CatalogSummary>, failures: Failure[], objects = 3) {
  return {
    status: 'SUCCEEDED' as const,
    objects,
    succeeded: objects - failures.length,
    bytes: 100 * (objects - failures.length),
    failures,
    failedCount: failures.length,
    summary: { ...emptySummary(), ...overrides },
  };
}

const tagFailure = { item: 'b.png', error: 'AiServiceError', message: 'bad request' };
const tagging = outcome({ tagged: 2 }, [tagFailure]);
const catalog = outcome({ modelEntries: 2 }, [{ item: 'b.png', error: 'TagsNotFoundError', message: 'no tags' }]);
const quality = outcome({ qualityPassed: 2, qualityFailed: 1 }, []);

describe('combineBatch', () => {
  it('counts images, listing a failed image once under the first step that failed it', () => {
    // Act
    const combined = combineBatch([tagging, catalog, quality]);

    // Assess
    expect(combined).toEqual({
      status: 'SUCCEEDED',
      objects: 3,
      succeeded: 2,
      failedCount: 1,
      bytes: 200,
      failures: [{ ...tagFailure, message: 'tagging: bad request' }],
      summary: { ...emptySummary(), tagged: 2, modelEntries: 2, qualityPassed: 2, qualityFailed: 1 },
    });
  });

  it('never counts more failed images than the batch holds, nor fewer than the worst step', () => {
    const keys = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 5 });
    fc.assert(
      fc.property(fc.tuple(keys, keys, keys), (failed) => {
        // Prepare
        const steps = failed.map((items) =>
          outcome(
            {},
            items.map((item) => ({ ...tagFailure, item })),
            5,
          ),
        );

        // Act
        const combined = combineBatch(steps);

        // Assess
        const distinct = new Set(failed.flat()).size;
        expect(combined.failedCount).toBeGreaterThanOrEqual(Math.max(...failed.map((items) => items.length)));
        expect(combined.failedCount).toBe(Math.max(distinct, ...failed.map((items) => items.length)));
        expect(combined.failedCount).toBeLessThanOrEqual(5);
        expect(combined.succeeded + combined.failedCount).toBe(5);
        expect(new Set(combined.failures.map((failure) => failure.item)).size).toBe(combined.failures.length);
      }),
    );
  });
});

describe('earlierSteps', () => {
  it('is undefined for a step invoked on its own', () => {
    // Act & Assess
    expect(earlierSteps({ Items: [], BatchInput: { executionId: 'x' } })).toBeUndefined();
  });

  it('names the malformed step', () => {
    // Act & Assess
    expect(() => earlierSteps({ steps: { tagging, catalog: {} } })).toThrow(ValidationError);
    expect(() => earlierSteps({ steps: { tagging, catalog: {} } })).toThrow('steps.catalog');
    expect(() => earlierSteps({ steps: { tagging } })).toThrow('steps');
  });

  it('refuses a failed-item record where a step outcome belongs', () => {
    // Prepare
    const caught = { status: 'FAILED', item: { key: 'a.png' }, error: { Error: 'States.Timeout' } };

    // Act & Assess
    expect(() => earlierSteps({ steps: { tagging: caught, catalog } })).toThrow('steps.tagging is a failed-item');
  });
});

describe('withEarlierSteps', () => {
  it('returns the quality outcome alone when the event carries no earlier steps', async () => {
    // Act & Assess
    await expect(withEarlierSteps({ Items: [] }, async () => quality)).resolves.toBe(quality);
  });

  it('refuses malformed earlier steps before the last step runs', async () => {
    // Prepare
    const runLast = jest.fn(async () => quality);

    // Act & Assess
    await expect(withEarlierSteps({ steps: { tagging: {}, catalog } }, runLast)).rejects.toThrow('steps.tagging');
    expect(runLast).not.toHaveBeenCalled();
  });

  it('gives one outcome per batch that the kit reads back from a result file', async () => {
    // Prepare
    const combined = await withEarlierSteps({ Items: [], steps: { tagging, catalog } }, async () => quality);
    const files: Record<string, unknown> = {
      'map-results/manifest.json': { ResultFiles: { SUCCEEDED: [{ Key: 'map-results/SUCCEEDED_0.json' }] } },
      'map-results/SUCCEEDED_0.json': [{ Status: 'SUCCEEDED', Output: JSON.stringify(combined) }],
    };
    const output = { getJson: async <T>(key: string) => files[key] as T };

    // Act
    const read = [];
    for await (const entry of readOutcomes<CatalogSummary>(
      { ResultWriterDetails: { Bucket: 'b', Key: 'map-results/manifest.json' } },
      output,
    ))
      read.push(entry);

    // Assess
    expect(read).toEqual([combined]);
    expect(read[0]).toMatchObject({ objects: 3, succeeded: 2, failedCount: 1 });
  });
});
