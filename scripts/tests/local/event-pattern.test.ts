import { matchesEventPattern } from '../../src/local/event-sources/event-pattern';

const event = {
  source: 'aws.s3',
  'detail-type': 'Object Created',
  detail: { bucket: { name: 'in-ext-s3alias' }, object: { key: 'images/a.JPG', size: 42 } },
};

describe('matchesEventPattern', () => {
  it('matches literal lists and nested fields', () => {
    // Act / Assess
    expect(matchesEventPattern({ source: ['aws.s3'], detail: { bucket: { name: ['in-ext-s3alias'] } } }, event)).toBe(
      true,
    );
    expect(matchesEventPattern({ source: ['aws.sagemaker'] }, event)).toBe(false);
  });

  it('matches prefix, suffix, equals-ignore-case, wildcard, anything-but, exists and numeric', () => {
    // Act / Assess
    expect(matchesEventPattern({ detail: { object: { key: [{ prefix: 'images/' }] } } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { object: { key: [{ suffix: '.png' }] } } }, event)).toBe(false);
    expect(matchesEventPattern({ 'detail-type': [{ 'equals-ignore-case': 'object created' }] }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { object: { key: [{ wildcard: 'images/*.JPG' }] } } }, event)).toBe(true);
    expect(matchesEventPattern({ source: [{ 'anything-but': ['aws.s3'] }] }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { missing: [{ exists: false }] } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { object: { size: [{ numeric: ['>', 10, '<=', 42] }] } } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { object: { size: [{ numeric: ['<', 10] }] } } }, event)).toBe(false);
  });
});
