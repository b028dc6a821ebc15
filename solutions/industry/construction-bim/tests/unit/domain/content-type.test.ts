import fc from 'fast-check';
import { ContentType, detectContentType, looksLikeText } from '../../../src/domain/content-type';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('detectContentType', () => {
  it.each([
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), ContentType.Png],
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), ContentType.Jpeg],
    ['webp', ascii('RIFF\u0024\u0000\u0000\u0000WEBPVP8 '), ContentType.Webp],
    ['pdf', ascii('%PDF-1.7\n%\u00e2\u00e3'), ContentType.Pdf],
    ['zip', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), ContentType.Zip],
    ['empty zip', bytes(0x50, 0x4b, 0x05, 0x06, 0, 0), ContentType.Zip],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00), ContentType.Gzip],
    ['utf-8 text', Uint8Array.from(Buffer.from('héllo wörld\n', 'utf8')), ContentType.Text],
    ['latin-1 text', ascii('caf\u00e9 cr\u00e8me\n'), ContentType.Text],
    ['binary', bytes(0x00, 0x01, 0x02, 0x03, 0xfe), ContentType.Binary],
    ['nothing', bytes(), ContentType.Empty],
  ])('recognises %s', (_label, head, expected) => {
    // Act
    const detected = detectContentType(head);

    // Assess
    expect(detected).toBe(expected);
  });

  it('does not take a RIFF file that is not WebP for WebP', () => {
    // Prepare
    const wave = ascii('RIFF\u0024\u0000\u0000\u0000WAVEfmt ');

    // Act
    const detected = detectContentType(wave);

    // Assess
    expect(detected).not.toBe(ContentType.Webp);
  });

  it('never throws and always answers a known type', () => {
    // Prepare
    const known = new Set<string>(Object.values(ContentType));

    // Act / Assess
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (head) => known.has(detectContentType(head))));
  });

  it('answers png for anything behind the PNG signature', () => {
    // Prepare
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

    // Act / Assess
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (rest) => {
        return detectContentType(Uint8Array.from([...signature, ...rest])) === ContentType.Png;
      }),
    );
  });
});

describe('looksLikeText', () => {
  it('rejects content with a NUL byte', () => {
    // Act
    const text = looksLikeText(ascii('plain words\u0000and more'));

    // Assess
    expect(text).toBe(false);
  });

  it('rejects content with more than 5% control characters', () => {
    // Prepare
    const noisy = ascii('ab\u0001\u0002\u0003cdefgh');

    // Act
    const text = looksLikeText(noisy);

    // Assess
    expect(text).toBe(false);
  });

  it('accepts any printable ASCII', () => {
    // Act / Assess
    fc.assert(fc.property(fc.stringMatching(/^[ -~\n\t]*$/), (value) => looksLikeText(ascii(value))));
  });
});
