import fc from 'fast-check';
import {
  detectTokenReference,
  JobTag,
  jobTagsFor,
  MAX_TAG_VALUE_LENGTH,
  TaskTokenTooLongError,
  tagMap,
} from '../../../src/task-tokens';

const hexId = fc.stringMatching(/^[0-9a-f]{8}$/);
const token = fc.string({ minLength: 1, maxLength: 1200 });

describe('jobTagsFor', () => {
  it('tags the job with the correlation id only in dynamodb mode', () => {
    fc.assert(
      fc.property(hexId, (correlationId) => {
        // Act
        const tags = jobTagsFor({ correlationId });

        // Assess
        expect(tags).toEqual([{ Key: JobTag.CorrelationId, Value: correlationId }]);
      }),
    );
  });

  it('refuses a direct-mode token longer than a tag value', () => {
    // Prepare
    const long = 'x'.repeat(MAX_TAG_VALUE_LENGTH + 1);

    // Act / Assess
    expect(() => jobTagsFor({ taskToken: long })).toThrow(TaskTokenTooLongError);
    expect(jobTagsFor({ taskToken: long }, { allowLongToken: true })).toEqual([{ Key: 'TaskToken', Value: long }]);
  });
});

describe('detectTokenReference', () => {
  it('detects the mode by which tag is present', () => {
    fc.assert(
      fc.property(hexId, token, fc.boolean(), (correlationId, taskToken, both) => {
        // Prepare
        const dynamo = tagMap(jobTagsFor({ correlationId }));
        const direct = tagMap(jobTagsFor({ taskToken }, { allowLongToken: true }));

        // Act
        const fromDynamo = detectTokenReference(both ? { ...direct, ...dynamo } : dynamo);
        const fromDirect = detectTokenReference(direct);

        // Assess
        expect(fromDynamo).toEqual({ mode: 'dynamodb', correlationId });
        expect(fromDirect).toEqual({ mode: 'direct', taskToken });
      }),
    );
  });

  it('finds no reference without either tag or with a malformed correlation id', () => {
    // Act / Assess
    expect(detectTokenReference({})).toEqual({ mode: 'none' });
    expect(detectTokenReference({ CorrelationId: 'nope', Other: 'x' })).toEqual({ mode: 'none' });
    expect(detectTokenReference({ TaskToken: '' })).toEqual({ mode: 'none' });
  });
});

describe('tagMap', () => {
  it('reads SageMaker tag lists and event tag objects alike, skipping non-string values', () => {
    // Act / Assess
    expect(tagMap([{ Key: 'a', Value: '1' }, { Key: 'b' }, null])).toEqual({ a: '1' });
    expect(tagMap({ a: '1', b: 2 })).toEqual({ a: '1' });
    expect(tagMap(undefined)).toEqual({});
  });
});
