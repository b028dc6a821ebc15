import fc from 'fast-check';
import { EmlFormatError, parseEml } from '../../../../src/formats/eml';
import { buildEml } from './build-eml';

/** Text without surrounding whitespace (the parser trims the body) and without lone surrogates. */
const text = (unit: fc.Arbitrary<string>) =>
  fc
    .string({ unit, minLength: 1, maxLength: 200 })
    .map((value) => value.trim())
    .filter((value) => value !== '');
const unicode = text(
  fc.oneof(
    fc.constantFrom('a', ' ', '\n', '=', '.', 'é', '日', '😀', '€'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((char) => !char.includes('\uFEFF')),
  ),
);
const latin1 = text(
  fc
    .integer({ min: 0x20, max: 0xff })
    .filter((code) => code < 0x7f || code > 0x9f)
    .map((code) => String.fromCharCode(code)),
);
const headerText = fc
  .string({ unit: fc.constantFrom('a', 'Z', ' ', 'é', '日', '😀', '?', '='), minLength: 1, maxLength: 60 })
  .map((value) => value.trim())
  .filter((value) => value !== '');
const attachment = fc.record({
  filename: fc.stringMatching(/^[a-z0-9]{1,12}\.(pdf|png|txt)$/),
  contentType: fc.constantFrom('application/pdf', 'image/png', 'application/octet-stream'),
  bytes: fc.uint8Array({ maxLength: 300 }),
});

function parsedOrFormatError(bytes: Uint8Array): void {
  try {
    parseEml(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(EmlFormatError);
    expect((error as EmlFormatError).offset).toBeGreaterThanOrEqual(0);
    expect((error as EmlFormatError).offset).toBeLessThanOrEqual(bytes.length);
  }
}

describe('parseEml (properties)', () => {
  it('reads back the subject, the text and the attachments it was built with', () =>
    fc.assert(
      fc.property(
        headerText,
        fc.oneof(
          fc.record({ charset: fc.constant('utf-8' as const), body: unicode }),
          fc.record({ charset: fc.constant('iso-8859-1' as const), body: latin1 }),
        ),
        fc.constantFrom('quoted-printable' as const, 'base64' as const),
        fc.array(attachment, { maxLength: 3 }),
        (subject, { charset, body }, encoding, attachments) => {
          // Prepare
          const bytes = buildEml({
            headers: [['Subject', subject]],
            text: body,
            html: `<p>${body}</p>`,
            charset,
            encoding,
            attachments,
          });

          // Act
          const message = parseEml(bytes);

          // Assess
          expect(message.subject).toBe(subject);
          expect(message.text).toBe(body);
          expect(message.textSource).toBe('plain');
          expect(message.attachments).toEqual(
            attachments.map((file) => ({
              filename: file.filename,
              contentType: file.contentType,
              size: file.bytes.length,
            })),
          );
        },
      ),
    ));

  it('reads the HTML part as text when there is no plain part', () =>
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z .,]{0,40}[A-Za-z]$/), (words) => {
        // Prepare
        const bytes = buildEml({ headers: [['Subject', 's']], html: `<div><b>${words}</b></div>` });

        // Act
        const message = parseEml(bytes);

        // Assess
        expect(message).toEqual(expect.objectContaining({ text: words.replace(/ +/g, ' '), textSource: 'html' }));
      }),
    ));

  it('either parses a truncated message or throws an EmlFormatError with an offset inside it', () =>
    fc.assert(
      fc.property(unicode, fc.array(attachment, { minLength: 1, maxLength: 2 }), fc.nat(), (body, attachments, cut) => {
        // Prepare
        const bytes = buildEml({ headers: [['Subject', 'x']], text: body, attachments });

        // Act, Assess
        parsedOrFormatError(bytes.subarray(0, cut % bytes.length));
      }),
    ));

  it('never fails with anything but an EmlFormatError on arbitrary bytes', () =>
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        // Act, Assess
        parsedOrFormatError(bytes);
      }),
    ));

  it('reads 1 MB of adversarial repetitions', () => {
    // Prepare: inputs that would make a backtracking scanner quadratic.
    const seeds = ['=?', '=?utf-8?Q?', '<', '<script>', '<!--', '&#', '--b\r\n', 'a:\r\n '];
    for (const seed of seeds) {
      const body = seed.repeat(Math.ceil(1_000_000 / seed.length));
      const bytes = Buffer.from(`Subject: ${seed.repeat(1000)}\r\nContent-Type: text/html\r\n\r\n${body}`, 'latin1');

      // Act, Assess
      parsedOrFormatError(bytes);
    }
  }, 120_000);
});
