import { ValidationError } from '@fsxn-s3ap/shared/errors';
import fc from 'fast-check';
import { FPOLICY_OPERATIONS, MAX_KEY_BYTES, parseDiscoveryTrigger } from '../../../src/domain/fpolicy-event';
import { fpolicyEvent } from '../fakes';

describe('parseDiscoveryTrigger', () => {
  it('reads an FPolicy bus event into the file event', () => {
    // Act
    const trigger = parseDiscoveryTrigger(fpolicyEvent({ file_path: 'share/a.txt', operation_type: 'create' }));

    // Assess
    expect(trigger).toEqual({
      kind: 'fpolicy',
      event: {
        eventId: '0b8e6f6a-2f4c-4c1e-8d7a-5e9b3c2d1a70',
        operation: 'create',
        key: 'share/a.txt',
        volumeName: 'vol1',
        svmName: 'svm1',
        timestamp: '2025-01-15T09:29:58Z',
        fileSize: 42,
      },
    });
  });

  it('keeps the previous key of a rename', () => {
    // Act
    const trigger = parseDiscoveryTrigger(
      fpolicyEvent({ operation_type: 'rename', file_path: 'share/new.txt', previous_path: 'share/old.txt' }),
    );

    // Assess
    expect(trigger).toMatchObject({ kind: 'fpolicy', event: { key: 'share/new.txt', previousKey: 'share/old.txt' } });
  });

  it.each([[undefined], [{}], [{ note: 'started by hand' }]])('treats %j as a scheduled run', (input) => {
    // Act
    const trigger = parseDiscoveryTrigger(input);

    // Assess
    expect(trigger).toEqual({ kind: 'schedule' });
  });

  it.each([
    ['a non-object input', [], /must be a JSON object/],
    ['null', null, /must be a JSON object/],
    ['another source', { ...fpolicyEvent(), source: 'aws.s3' }, /source "aws.s3"/],
    ['a detail without a source', { detail: fpolicyEvent().detail }, /source undefined/],
    ['another detail-type', { ...fpolicyEvent(), 'detail-type': 'Object Created' }, /detail-type/],
    ['a missing detail', { ...fpolicyEvent(), detail: undefined }, /detail must be an object/],
    ['an array detail', { ...fpolicyEvent(), detail: [] }, /detail must be an object, got an array/],
    ['a missing file_path', fpolicyEvent({ file_path: undefined }), /file_path must be a non-empty string/],
    ['a blank file_path', fpolicyEvent({ file_path: '  ' }), /file_path must be a non-empty string/],
    ['an absolute file_path', fpolicyEvent({ file_path: '/vol1/a.txt' }), /starts with "\/"/],
    ['an oversized file_path', fpolicyEvent({ file_path: 'é'.repeat(MAX_KEY_BYTES) }), /2048 bytes/],
    ['an unknown operation', fpolicyEvent({ operation_type: 'chmod' }), /operation_type "chmod"/],
    ['a bad timestamp', fpolicyEvent({ timestamp: 'yesterday' }), /timestamp "yesterday"/],
    ['a negative file_size', fpolicyEvent({ file_size: -1 }), /file_size/],
    ['a missing event_id', fpolicyEvent({ event_id: undefined }), /event_id/],
    ['a rename without previous_path', fpolicyEvent({ operation_type: 'rename' }), /previous_path/],
  ])('rejects %s with a ValidationError', (_case, input, message) => {
    // Act / Assess
    expect(() => parseDiscoveryTrigger(input)).toThrow(ValidationError);
    expect(() => parseDiscoveryTrigger(input)).toThrow(message);
  });

  it('never fails on arbitrary JSON except with a ValidationError', () => {
    // Prepare: plain JSON, and JSON shaped like a bus event with arbitrary detail fields.
    const busLike = fc.record({
      source: fc.oneof(fc.constant('fsxn.fpolicy'), fc.jsonValue()),
      'detail-type': fc.oneof(fc.constant('FPolicy File Operation'), fc.jsonValue()),
      detail: fc.dictionary(
        fc.constantFrom('event_id', 'operation_type', 'file_path', 'timestamp', 'file_size', 'volume_name', 'svm_name'),
        fc.oneof(fc.jsonValue(), fc.constantFrom(...FPOLICY_OPERATIONS)),
      ),
    });

    // Act / Assess
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), busLike), (input) => {
        try {
          const trigger = parseDiscoveryTrigger(input);
          return trigger.kind === 'schedule' || trigger.event.key.length > 0;
        } catch (error) {
          return error instanceof ValidationError;
        }
      }),
    );
  });

  it('accepts every well-formed event and keeps its key', () => {
    // Prepare
    const key = fc.stringMatching(/^[a-z0-9][a-z0-9/._-]{0,60}$/);

    // Act / Assess
    fc.assert(
      fc.property(key, fc.constantFrom('create', 'write', 'delete'), (filePath, operation) => {
        const trigger = parseDiscoveryTrigger(fpolicyEvent({ file_path: filePath, operation_type: operation }));
        return trigger.kind === 'fpolicy' && trigger.event.key === filePath && trigger.event.operation === operation;
      }),
    );
  });
});
