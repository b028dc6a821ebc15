import fc from 'fast-check';
import { buildTokenRecord, isExpired, TOKEN_TTL_SECONDS, toTokenRecord } from '../../../src/task-tokens';

describe('buildTokenRecord', () => {
  it('sets ttl to created_at + 86400 seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (millis) => {
        // Prepare
        const now = new Date(millis);

        // Act
        const record = buildTokenRecord('0a1b2c3d', { taskToken: 't', transformJobName: 'job' }, now);

        // Assess
        expect(record.created_at).toBe(Math.floor(millis / 1000));
        expect(record.ttl - record.created_at).toBe(TOKEN_TTL_SECONDS);
        expect(TOKEN_TTL_SECONDS).toBe(86_400);
      }),
    );
  });

  it('keeps the source region only when given', () => {
    // Act
    const withRegion = buildTokenRecord(
      '0a1b2c3d',
      { taskToken: 't', transformJobName: 'j', sourceRegion: 'eu-west-1' },
      new Date(0),
    );
    const without = buildTokenRecord('0a1b2c3d', { taskToken: 't', transformJobName: 'j' }, new Date(0));

    // Assess
    expect(withRegion.source_region).toBe('eu-west-1');
    expect('source_region' in without).toBe(false);
  });
});

describe('isExpired', () => {
  it('is true from the ttl second on', () => {
    // Prepare
    const record = buildTokenRecord('0a1b2c3d', { taskToken: 't', transformJobName: 'j' }, new Date(0));

    // Act / Assess
    expect(isExpired(record, new Date((TOKEN_TTL_SECONDS - 1) * 1000))).toBe(false);
    expect(isExpired(record, new Date(TOKEN_TTL_SECONDS * 1000))).toBe(true);
  });
});

describe('toTokenRecord', () => {
  it('returns undefined for a missing or incomplete item', () => {
    // Act / Assess
    expect(toTokenRecord(undefined)).toBeUndefined();
    expect(
      toTokenRecord({ correlation_id: 'a', task_token: 't', transform_job_name: 'j', created_at: '1', ttl: 2 }),
    ).toBeUndefined();
  });

  it('round-trips a built record', () => {
    // Prepare
    const record = buildTokenRecord('0a1b2c3d', { taskToken: 't', transformJobName: 'j' }, new Date(5_000));

    // Act / Assess
    expect(toTokenRecord({ ...record })).toEqual(record);
  });
});
