/**
 * Property-based fuzzing of framing, XML and message parsing for super-linear work: inputs are a fuzzed unit
 * repeated to n and 4n bytes, and the work on the longer input must stay within a generous multiple of the work on
 * the shorter one (linear code is near 4; quadratic code is near 16).
 */
import fc from 'fast-check';
import { encodeFrame, FrameDecoder } from '../../../src/server/framing';
import { parseMessage } from '../../../src/server/message';
import { parseXml } from '../../../src/server/xml';
import { growth } from '../../support/growth';

jest.setTimeout(120_000);

const MAX_RATIO = 12;
const N = 16 * 1024;

/** Tokens that drive the XML parser and the message splitter into their loops. */
const token = fc.constantFrom(
  '<a>',
  '</a>',
  '<a b="c">',
  '<a/>',
  '&',
  '&amp;',
  '&#x41;',
  '&#',
  ';',
  ' ',
  '\n',
  '\r\n',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?',
  '?>',
  '"',
  "'",
  '=',
  'x',
  '\0',
  '\uFFFD',
);
const unit = fc.array(token, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const repeat = (text: string, bytes: number) => text.repeat(Math.max(1, Math.ceil(bytes / text.length)));
const header = (body: string) =>
  `<?xml version="1.0"?><Header><NotfType>NOTI_REQ</NotfType><ContentLen>${body.length}</ContentLen></Header>\n\n`;

const expectLinear = (result: { ratio: number; small: number; large: number }) => {
  if (result.ratio >= MAX_RATIO) throw new Error(`work grew ${result.ratio.toFixed(1)}x for 4x the input`);
};

describe('parsing work grows linearly with the input', () => {
  it('parseXml, on documents built from a fuzzed unit', () => {
    fc.assert(
      fc.property(unit, fc.constantFrom('', '<r>', '<r a="'), (body, prefix) => {
        // Act / Assess
        expectLinear(growth((n) => `${prefix}${repeat(body, n)}`, parseXml, N));
      }),
      { numRuns: 8 },
    );
  });

  it('parseMessage, on payloads whose body repeats a fuzzed unit (NULs included)', () => {
    fc.assert(
      fc.property(unit, fc.constantFrom('', '<B>', '\0'), (body, tail) => {
        // Prepare
        const make = (n: number) => {
          const text = repeat(body, n);
          return Buffer.from(`${header(text)}${text}${tail}`, 'utf8');
        };

        // Act / Assess
        expectLinear(growth(make, parseMessage, N));
      }),
      { numRuns: 8 },
    );
  });

  it('FrameDecoder, on a stream of fuzzed bytes pushed in fuzzed chunk sizes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 64 }), (bytes, size) => {
        // Prepare: one frame announcing the whole stream, its payload the repeated unit, pushed `size` bytes at a time.
        const make = (n: number) => {
          const payload = Buffer.from(repeat(Buffer.from(bytes).toString('latin1'), n), 'latin1');
          const stream = encodeFrame(payload);
          return Array.from({ length: Math.ceil(stream.length / size) }, (_, i) =>
            stream.subarray(i * size, (i + 1) * size),
          );
        };
        const decode = (chunks: Buffer[]) => {
          const decoder = new FrameDecoder();
          for (const chunk of chunks) decoder.push(chunk);
        };

        // Act / Assess
        expectLinear(growth(make, decode, N));
      }),
      { numRuns: 8 },
    );
  });

  it.each([
    [
      'a run of NULs before one byte',
      (n: number) => Buffer.concat([Buffer.from(header('')), Buffer.alloc(n), Buffer.from('x')]),
    ],
    ['a run of quotes in an id', (n: number) => Buffer.from(`${header('x')}<R><ReqId>${'"'.repeat(n)}</ReqId></R>`)],
    ['unclosed entity references', (n: number) => Buffer.from(`${header('x')}<R>${'&a'.repeat(n / 2)}</R>`)],
    ['unclosed comments', (n: number) => Buffer.from(`${header('x')}<R>${'<!--'.repeat(n / 4)}`)],
  ])('parseMessage on %s (known attacks)', (_name, make) => {
    // Act / Assess
    expectLinear(growth(make, parseMessage, 4 * N));
  });
});
