import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { EmptyObjectError, FsxnError, ObjectTooLargeError, ValidationError } from '../../../src/errors';
import { createAccessPointClient } from '../../../src/s3';
import { streamBody } from './s3-fakes';

const s3 = mockClient(S3Client);
const ALIAS = 'fsxn-ap-abc123-ext-s3alias';
const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

describe('AccessPointClient reads', () => {
  beforeEach(() => {
    s3.reset();
  });

  it('reads an object into bytes across several stream chunks', async () => {
    // Prepare
    const content = Uint8Array.from({ length: 300 }, (_, index) => index % 256);
    s3.on(GetObjectCommand, { Bucket: ALIAS, Key: 'a.bin' }).resolves({ Body: streamBody(content, 7) });

    // Act
    const bytes = await input.getBytes('a.bin');

    // Assess
    expect(bytes).toEqual(content);
  });

  it('refuses an object whose ContentLength exceeds maxBytes before reading the body', async () => {
    // Prepare
    const body = Readable.from([Buffer.alloc(10)]);
    s3.on(GetObjectCommand).resolves({ Body: body as never, ContentLength: 2048 });

    // Act
    const act = input.getBytes('big.bin', { maxBytes: 1024 });

    // Assess
    await expect(act).rejects.toThrow(ObjectTooLargeError);
    await expect(act).rejects.toThrow('2048 bytes');
    expect(body.destroyed).toBe(true);
  });

  it('stops reading when a body without ContentLength grows past maxBytes', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({ Body: streamBody(new Uint8Array(5000), 1000) });

    // Act
    const act = input.getBytes('unknown-size.bin', { maxBytes: 2500 });

    // Assess
    await expect(act).rejects.toThrow(ObjectTooLargeError);
  });

  it('throws EmptyObjectError for a zero-byte object', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({ Body: streamBody(''), ContentLength: 0 });

    // Act
    const act = input.getBytes('empty.txt');

    // Assess
    await expect(act).rejects.toThrow(EmptyObjectError);
    await expect(act).rejects.toThrow(`s3://${ALIAS}/empty.txt`);
  });

  it('throws EmptyObjectError when a body without ContentLength turns out empty', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({ Body: streamBody('') });

    // Act / Assess
    await expect(input.getText('empty.txt')).rejects.toThrow(EmptyObjectError);
  });

  it('returns empty bytes for a zero-byte object when allowEmpty is set', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({ Body: streamBody(''), ContentLength: 0 });

    // Act
    const bytes = await input.getBytes('empty.txt', { allowEmpty: true });

    // Assess
    expect(bytes).toHaveLength(0);
  });

  it('decodes UTF-8 text, split multi-byte characters included', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({ Body: streamBody('請求書 №7', 2) });

    // Act
    const text = await input.getText('invoice.txt');

    // Assess
    expect(text).toBe('請求書 №7');
  });

  it('replaces invalid UTF-8 bytes with U+FFFD instead of failing', async () => {
    // Prepare
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0x21]);
    s3.on(GetObjectCommand).resolves({ Body: streamBody(latin1) });

    // Act
    const text = await input.getText('latin1.txt');

    // Assess
    expect(text).toBe('caf\uFFFD \uFFFD!');
  });

  it('reads a byte range with an inclusive Range header', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({ Body: streamBody('JFIF') });

    // Act
    const bytes = await input.getRange('photo.jpg', 6, 9);

    // Assess
    expect(Buffer.from(bytes).toString()).toBe('JFIF');
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, { Bucket: ALIAS, Key: 'photo.jpg', Range: 'bytes=6-9' });
  });

  it.each([
    [10, 9],
    [-1, 4],
    [0.5, 4],
  ])('rejects the range %d-%d without calling S3', async (start, end) => {
    // Act
    const act = input.getRange('photo.jpg', start, end);

    // Assess
    await expect(act).rejects.toThrow(ValidationError);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });

  it('returns the object body as a stream', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({ Body: streamBody('streamed') });

    // Act
    const stream = await input.getStream('a.txt');
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));

    // Assess
    expect(Buffer.concat(chunks).toString()).toBe('streamed');
  });

  it('wraps a non-stream body into a stream and reads a body exposing transformToByteArray', async () => {
    // Prepare
    const blobLike = { transformToByteArray: async () => Uint8Array.from([1, 2, 3]) };
    s3.on(GetObjectCommand, { Key: 'raw' })
      .resolves({ Body: Uint8Array.from([9]) as never })
      .on(GetObjectCommand, { Key: 'blob' })
      .resolves({ Body: blobLike as never });

    // Act
    const stream = await input.getStream('raw');
    const bytes = await input.getBytes('blob');

    // Assess
    expect(Buffer.concat(await stream.toArray())).toEqual(Buffer.from([9]));
    expect(bytes).toEqual(Uint8Array.from([1, 2, 3]));
  });

  it('throws a named error when S3 returns no body', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({});

    // Act / Assess
    await expect(input.getBytes('nobody')).rejects.toThrow(FsxnError);
    await expect(input.getStream('nobody')).rejects.toThrow('no readable body');
  });

  it('rejects an empty key and a negative maxBytes', async () => {
    // Act / Assess
    await expect(input.getBytes('')).rejects.toThrow(ValidationError);
    await expect(input.getBytes('a', { maxBytes: -1 })).rejects.toThrow(ValidationError);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });

  it('describes an object with head', async () => {
    // Prepare
    s3.on(HeadObjectCommand).resolves({
      ContentLength: 42,
      ETag: '"e"',
      LastModified: new Date('2025-02-03T04:05:06Z'),
      ContentType: 'image/png',
    });

    // Act
    const head = await input.head('a.png');

    // Assess
    expect(head).toEqual({ size: 42, etag: '"e"', lastModified: '2025-02-03T04:05:06.000Z', contentType: 'image/png' });
  });

  it('reports size 0 when head has no ContentLength', async () => {
    // Prepare
    s3.on(HeadObjectCommand).resolves({});

    // Act / Assess
    await expect(input.head('a.png')).resolves.toEqual({ size: 0 });
  });
});
