import { EmlFormatError, htmlToText, parseEml } from '../../../../src/formats/eml';

const eml = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1');

function failure(bytes: Uint8Array, options?: Parameters<typeof parseEml>[1]): EmlFormatError {
  try {
    parseEml(bytes, options);
  } catch (error) {
    if (error instanceof EmlFormatError) return error;
    throw error;
  }
  throw new Error('parseEml did not throw');
}

describe('parseEml', () => {
  it('unfolds headers, decodes encoded words and reads a quoted-printable body', () => {
    // Prepare
    const bytes = eml(
      [
        'From: =?utf-8?Q?Ren=C3=A9e_Dupont?= <renee@example.com>',
        'To: team@example.com',
        'Subject: =?utf-8?B?6KuL5rGC5pu4?=',
        ' =?utf-8?B?44Gu44GK55+l44KJ44Gb?= and',
        '\tmore',
        'Date: Thu, 12 Mar 2026 10:00:00 +0900',
        'Message-ID: <1@example.com>',
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Total =E2=82=AC12 due=',
        ' today.',
      ].join('\n'),
    );

    // Act
    const message = parseEml(bytes);

    // Assess
    expect(message).toEqual(
      expect.objectContaining({
        from: 'Renée Dupont <renee@example.com>',
        to: 'team@example.com',
        subject: '請求書のお知らせ and\tmore',
        date: 'Thu, 12 Mar 2026 10:00:00 +0900',
        messageId: '<1@example.com>',
        text: 'Total €12 due today.',
        textSource: 'plain',
        attachments: [],
      }),
    );
    expect(message.headers.map((header) => header.name)).toEqual([
      'From',
      'To',
      'Subject',
      'Date',
      'Message-ID',
      'Content-Type',
      'Content-Transfer-Encoding',
    ]);
  });

  it('reads latin1 and us-ascii bodies and a message without MIME headers', () => {
    // Prepare
    const latin1 = Buffer.concat([
      eml('Subject: caf\xe9\nContent-Type: text/plain; charset=ISO-8859-1\n\n'),
      Buffer.from('Grüße', 'latin1'),
    ]);
    const plain = eml('Subject: hi\n\nJust text.\n');

    // Act, Assess
    expect(parseEml(latin1).text).toBe('Grüße');
    expect(parseEml(eml('Content-Type: text/plain; charset=unknown-8bit\n\ncaf\xe9')).text).toBe('café');
    expect(parseEml(plain)).toEqual(expect.objectContaining({ subject: 'hi', text: 'Just text.' }));
  });

  it('prefers text/plain, falls back on HTML without tags, and lists attachments with their sizes', () => {
    // Prepare
    const bytes = eml(
      [
        'Subject: report',
        'Content-Type: multipart/mixed; boundary=outer',
        '',
        '--outer',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<html><head><style>p{color:red}</style></head><body><p>Hello &amp; welcome</p><script>x()</script>Bye&#33;</body></html>',
        '--outer',
        'Content-Type: application/pdf; name="scan.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0xLjQK',
        '--outer',
        'Content-Type: image/png',
        "Content-Disposition: attachment; filename*=utf-8''%E5%86%99%E7%9C%9F.png",
        'Content-Transfer-Encoding: base64',
        '',
        'iVBORw0KGgo=',
        '--outer--',
      ].join('\n'),
    );

    // Act
    const message = parseEml(bytes);

    // Assess
    expect(message.text).toBe('Hello & welcome\nBye!');
    expect(message.textSource).toBe('html');
    expect(message.attachments).toEqual([
      { filename: 'scan.pdf', contentType: 'application/pdf', size: 9 },
      { filename: '写真.png', contentType: 'image/png', size: 8 },
    ]);
  });

  it('returns no text when the message has only attachments', () => {
    // Prepare
    const bytes = eml('Subject: x\nContent-Type: application/octet-stream\n\nabc');

    // Act
    const message = parseEml(bytes);

    // Assess
    expect(message).toEqual(expect.objectContaining({ text: '', textSource: 'none' }));
    expect(message.attachments).toEqual([{ contentType: 'application/octet-stream', size: 3 }]);
  });

  it.each([
    ['an empty file', eml(''), /empty/, 0],
    ['a body without a header', eml('\nhello'), /no header/, 0],
    ['a line that is not a header', eml('Subject: a\nnot a header\n\nbody'), /without a "Name:"/, 12],
    ['a folded line first', eml(' folded\n\nbody'), /Folded header/, 0],
    ['multipart without a boundary', eml('Content-Type: multipart/mixed\n\n--x\n\n--x--'), /without a boundary/, 0],
    [
      'multipart without a delimiter',
      eml('Content-Type: multipart/mixed; boundary=x\n\nno parts'),
      /no "--x" delimiter/,
      45,
    ],
    ['truncated multipart', eml('Content-Type: multipart/mixed; boundary=x\n\n--x\n\ncut'), /closing "--x--"/, 55],
    ['invalid base64', eml('Content-Transfer-Encoding: base64\n\nab$c'), /Invalid base64 character "\$"/, 39],
    ['base64 padding inside', eml('Content-Transfer-Encoding: base64\n\nab==cd'), /padding/, 37],
    [
      'an unknown encoding',
      eml('Content-Transfer-Encoding: x-uue\n\nabc'),
      /Unknown Content-Transfer-Encoding "x-uue"/,
      36,
    ],
    [
      'an unknown charset',
      eml('Content-Type: text/plain; charset=x-klingon\n\nabc'),
      /Unknown charset "x-klingon"/,
      47,
    ],
  ])('rejects %s with an EmlFormatError and its offset', (_, bytes, message, offset) => {
    // Act
    const error = failure(bytes);

    // Assess
    expect(error.name).toBe('EmlFormatError');
    expect(error.message).toMatch(message);
    expect(error.offset).toBe(offset);
  });

  it('enforces its size, part, depth and header limits', () => {
    // Prepare
    const nested = eml(
      'Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n--a--',
    );
    const parts = eml(`Content-Type: multipart/mixed; boundary=a\n\n${'--a\n\nx\n'.repeat(3)}--a--`);

    // Act, Assess
    expect(failure(eml('Subject: 0123456789'), { maxBytes: 10 }).message).toMatch(/at most 10 are read/);
    expect(failure(nested, { maxDepth: 1 }).message).toMatch(/nested deeper than 1/);
    expect(failure(parts, { maxParts: 2 }).message).toMatch(/More than 2 MIME parts/);
    expect(failure(eml(`Subject: ${'x'.repeat(100)}\n\nbody`), { maxHeaderBytes: 50 }).message).toMatch(
      /longer than 50/,
    );
  });

  it('leaves malformed encoded words and stray "=" as they are', () => {
    // Prepare
    const bytes = eml(
      'Subject: =?utf-8?X?abc?= =?bogus =?utf-8?Q?ok?=\nContent-Transfer-Encoding: quoted-printable\n\na=zz b=\nc',
    );

    // Act
    const message = parseEml(bytes);

    // Assess
    expect(message.subject).toBe('=?utf-8?X?abc?= =?bogus ok');
    expect(message.text).toBe('a=zz bc');
  });
});

describe('htmlToText', () => {
  it('drops comments, unclosed tags and unknown entities safely', () => {
    // Prepare, Act, Assess
    expect(htmlToText('a<!-- hidden -->b<br>c &bogus; &#x1F600; &#0;<div')).toBe('ab\nc &bogus; 😀 &#0;');
    expect(htmlToText('<!-- never closed')).toBe('');
    expect(htmlToText('<script>never closed')).toBe('');
  });
});
