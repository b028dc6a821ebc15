import { FileEventError, FPolicyMessageError } from '../../../src/errors';
import { notificationToEvent } from '../../../src/server/notification';
import { parseXml } from '../../../src/server/xml';

const now = new Date('2025-01-02T03:04:05.000Z');
const context = { now, svmName: 'svm-from-handshake', newId: () => '11111111-2222-4333-8444-555555555555' };
const body = (inner: string) => parseXml(`<FsNotification>${inner}</FsNotification>`);

describe('notificationToEvent', () => {
  it('maps a CIFS create to the event schema with an access point key', () => {
    // Act
    const event = notificationToEvent(
      body(
        '<FileOp>create</FileOp><PathName>\\vol1\\dir\\a.txt</PathName><VolName>vol1</VolName><VsName>svm1</VsName><ClientIp>10.1.1.1</ClientIp><FileSize>7</FileSize>',
      ),
      context,
    );

    // Assess
    expect(event).toEqual({
      event_id: '11111111-2222-4333-8444-555555555555',
      operation_type: 'create',
      file_path: 'dir/a.txt',
      volume_name: 'vol1',
      svm_name: 'svm1',
      timestamp: '2025-01-02T03:04:05.000Z',
      file_size: 7,
      client_ip: '10.1.1.1',
    });
  });

  it.each([
    ['open', 'create'],
    ['CLOSE', 'write'],
    ['setattr', 'write'],
    ['unlink', 'delete'],
  ])('maps the ONTAP operation %s to %s', (operation, expected) => {
    // Act
    const event = notificationToEvent(
      body(`<OpType>${operation}</OpType><Path>/vol1/f</Path><Volume>vol1</Volume>`),
      context,
    );

    // Assess
    expect(event.operation_type).toBe(expected);
    expect(event.svm_name).toBe('svm-from-handshake');
    expect(event.file_size).toBe(0);
  });

  it('reports a rename with the new key as file_path and the old one as previous_path', () => {
    // Act
    const event = notificationToEvent(
      body(
        '<FileOp>rename</FileOp><PathName>/vol1/old.txt</PathName><NewPathName>/vol1/new/n.txt</NewPathName><VolName>vol1</VolName>',
      ),
      context,
    );

    // Assess
    expect(event).toMatchObject({ operation_type: 'rename', file_path: 'new/n.txt', previous_path: 'old.txt' });
  });

  it('reads epoch-second and ISO timestamps', () => {
    // Act
    const seconds = notificationToEvent(
      body(
        '<FileOp>write</FileOp><PathName>/vol1/f</PathName><VolName>vol1</VolName><TimeStamp>1700000000</TimeStamp>',
      ),
      context,
    );
    const iso = notificationToEvent(
      body(
        '<FileOp>write</FileOp><PathName>/vol1/f</PathName><VolName>vol1</VolName><TimeStamp>2024-05-01T00:00:00Z</TimeStamp>',
      ),
      context,
    );

    // Assess
    expect(seconds.timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(iso.timestamp).toBe('2024-05-01T00:00:00.000Z');
  });

  it.each([
    [
      '<FileOp>read</FileOp><PathName>/vol1/f</PathName><VolName>vol1</VolName>',
      'operation "read" is not create/write/delete/rename',
    ],
    ['<PathName>/vol1/f</PathName><VolName>vol1</VolName>', 'operation "" is not create/write/delete/rename'],
    ['<FileOp>write</FileOp><VolName>vol1</VolName>', 'notification lacks the path, volume or SVM name'],
    [
      '<FileOp>rename</FileOp><PathName>/vol1/f</PathName><VolName>vol1</VolName>',
      'rename notification has no new path',
    ],
    [
      '<FileOp>write</FileOp><PathName>/vol1/f</PathName><VolName>vol1</VolName><FileSize>-1</FileSize>',
      'file size "-1" is not a number',
    ],
    [
      '<FileOp>write</FileOp><PathName>/vol1/f</PathName><VolName>vol1</VolName><TimeStamp>soon</TimeStamp>',
      'timestamp "soon" is not a date',
    ],
  ])('rejects an unusable notification (%#)', (inner, reason) => {
    // Act
    const convert = () => notificationToEvent(body(inner), context);

    // Assess
    expect(convert).toThrow(FPolicyMessageError);
    expect(convert).toThrow(reason);
  });

  it('rejects a path longer than 4096 characters', () => {
    // Act
    const convert = () =>
      notificationToEvent(
        body(`<FileOp>write</FileOp><PathName>/vol1/${'a'.repeat(4097)}</PathName><VolName>vol1</VolName>`),
        context,
      );

    // Assess
    expect(convert).toThrow(FileEventError);
    expect(convert).toThrow('file_path is 4097 characters long; at most 4096 are allowed');
  });

  it('rejects a missing body', () => {
    // Act / Assess
    expect(() => notificationToEvent(undefined, context)).toThrow('notification has no body');
  });
});
