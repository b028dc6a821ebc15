import fc from 'fast-check';
import { ValidationError } from '../../../src/errors';
import { FPOLICY_DETAIL_TYPE, FPOLICY_SOURCE, MAX_KEY_BYTES, parseTrigger } from '../../../src/workflow';

function fpolicyEvent(detail: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source: FPOLICY_SOURCE,
    'detail-type': FPOLICY_DETAIL_TYPE,
    detail: {
      event_id: 'ev-1',
      operation_type: 'create',
      file_path: 'docs/a.txt',
      volume_name: 'vol1',
      svm_name: 'svm1',
      timestamp: '2025-01-02T03:04:05Z',
      file_size: 12,
      ...detail,
    },
  };
}

const s3Event = (key: string) => ({
  id: 'e-1',
  source: 'aws.s3',
  'detail-type': 'Object Created',
  time: '2025-01-02T03:04:05Z',
  detail: { bucket: { name: 'b' }, object: { key, size: 3 } },
});

describe('parseTrigger', () => {
  it('treats undefined, {} and inputs without source or detail as a scheduled run', () => {
    expect(parseTrigger(undefined)).toEqual({ kind: 'schedule' });
    expect(parseTrigger({})).toEqual({ kind: 'schedule' });
    expect(parseTrigger({ note: 'manual' })).toEqual({ kind: 'schedule' });
  });

  it('reads an FPolicy file event into a file event', () => {
    const trigger = parseTrigger(fpolicyEvent());
    expect(trigger).toEqual({
      kind: 'event',
      event: expect.objectContaining({ source: 'fsxn.fpolicy', key: 'docs/a.txt', operation: 'create', fileSize: 12 }),
    });
  });

  it('reads an S3 Object Created event as a create of its key', () => {
    expect(parseTrigger(s3Event('in/p.png'))).toEqual({
      kind: 'event',
      event: expect.objectContaining({ source: 'aws.s3', key: 'in/p.png', operation: 'create', fileSize: 3 }),
    });
  });

  it('requires the previous path of a rename', () => {
    expect(() => parseTrigger(fpolicyEvent({ operation_type: 'rename' }))).toThrow(/previous_path/);
    const renamed = parseTrigger(fpolicyEvent({ operation_type: 'rename', previous_path: 'docs/old.txt' }));
    expect(renamed.kind === 'event' && renamed.event.previousKey).toBe('docs/old.txt');
  });

  it.each([
    ['an array', []],
    ['a string', 'x'],
    ['an unknown source', { source: 'other', detail: {} }],
    ['a wrong detail-type', { ...fpolicyEvent(), 'detail-type': 'Other' }],
    ['an unknown operation', fpolicyEvent({ operation_type: 'chmod' })],
    ['an absolute path', fpolicyEvent({ file_path: '/vol/a.txt' })],
    ['a .. segment', fpolicyEvent({ file_path: 'docs/../etc/passwd' })],
    ['a bad timestamp', fpolicyEvent({ timestamp: 'yesterday' })],
    ['a negative size', fpolicyEvent({ file_size: -1 })],
    ['a key over 1024 bytes', fpolicyEvent({ file_path: 'é'.repeat(MAX_KEY_BYTES) })],
    ['an S3 event without key', { ...s3Event('a'), detail: { bucket: { name: 'b' }, object: {} } }],
  ])('rejects %s with ValidationError', (_what, input) => {
    expect(() => parseTrigger(input)).toThrow(ValidationError);
  });

  it('never throws anything but ValidationError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseTrigger(value);
          return true;
        } catch (error) {
          return error instanceof ValidationError;
        }
      }),
    );
  });

  it('accepts every relative key without dot segments', () => {
    const segment = fc
      .string({ minLength: 1, maxLength: 8 })
      .filter((s) => !s.includes('/') && s !== '.' && s !== '..' && s.trim() === s && s.trim() !== '');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const key = segments.join('/');
        const trigger = parseTrigger(fpolicyEvent({ file_path: key }));
        return trigger.kind === 'event' && trigger.event.key === key;
      }),
    );
  });
});
