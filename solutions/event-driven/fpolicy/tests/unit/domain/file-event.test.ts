import { parseFileEvent } from '../../../src/domain/file-event';
import { FileEventError } from '../../../src/errors';

const valid = {
  event_id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  operation_type: 'write',
  file_path: 'a/b.txt',
  volume_name: 'vol1',
  svm_name: 'svm1',
  timestamp: '2025-01-01T00:00:00.000Z',
  file_size: 10,
};

describe('parseFileEvent', () => {
  it('accepts a valid event and drops unknown fields', () => {
    // Act
    const event = parseFileEvent({ ...valid, client_ip: '10.0.0.1', extra: true });

    // Assess
    expect(event).toEqual({ ...valid, client_ip: '10.0.0.1' });
  });

  it.each([
    [null, 'file event must be a JSON object'],
    [{ ...valid, event_id: 'abc' }, 'event_id "abc" is not a UUID'],
    [{ ...valid, operation_type: 'read' }, 'operation_type "read" is not one of create, write, delete, rename'],
    [{ ...valid, file_path: '' }, 'file_path must be a non-empty string'],
    [{ ...valid, file_path: 'x'.repeat(4097) }, 'file_path is 4097 characters long'],
    [{ ...valid, file_path: 'a/../../etc/passwd' }, 'file_path "a/../../etc/passwd" has a "." or ".." segment'],
    [{ ...valid, file_path: './a' }, 'file_path "./a" has a "." or ".." segment'],
    [{ ...valid, file_path: 'a\\..\\b' }, 'has a "." or ".." segment'],
    [{ ...valid, operation_type: 'rename', previous_path: '..' }, 'previous_path ".." has a "." or ".." segment'],
    [{ ...valid, timestamp: 'yesterday' }, 'timestamp "yesterday" is not a date'],
    [{ ...valid, file_size: -1 }, 'file_size must be a non-negative integer'],
    [{ ...valid, file_size: 1.5 }, 'file_size must be a non-negative integer'],
    [{ ...valid, operation_type: 'rename' }, 'previous_path must be a non-empty string'],
    [{ ...valid, svm_name: undefined }, 'svm_name must be a non-empty string'],
  ])('rejects an invalid event (%#)', (value, reason) => {
    // Act
    const parse = () => parseFileEvent(value);

    // Assess
    expect(parse).toThrow(FileEventError);
    expect(parse).toThrow(reason);
  });
});
