/**
 * The readable text of an HTML body, by one linear scan: tags and comments dropped, `script`/`style` content
 * skipped, block ends (`</p>`, `<br>`, `</div>`, `</li>`, `</tr>`, headings) as line breaks, the common character
 * references decoded, runs of spaces collapsed.
 */

const BREAKS = new Set([
  'br',
  'p',
  '/p',
  'div',
  '/div',
  'li',
  '/li',
  'tr',
  '/tr',
  '/h1',
  '/h2',
  '/h3',
  '/h4',
  '/h5',
  '/h6',
  '/table',
  '/ul',
  '/ol',
]);
const SKIPPED = new Set(['script', 'style', 'head', 'title']);
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  yen: '¥',
  euro: '€',
  pound: '£',
};

/** Plain text of `html`. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let text = '';
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    const chunkEnd = open === -1 ? html.length : open;
    text += decodeEntities(html.slice(index, chunkEnd));
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close === -1 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close === -1) break;
    const name = tagName(html.slice(open + 1, Math.min(close, open + 20)));
    if (BREAKS.has(name)) text += '\n';
    index = close + 1;
    if (SKIPPED.has(name)) {
      const end = lower.indexOf(`</${name}`, index);
      index = end === -1 ? html.length : end;
    }
  }
  return tidy(text);
}

function tagName(start: string): string {
  const match = /^\/?[A-Za-z][A-Za-z0-9]*/.exec(start.trimStart());
  return match === null ? '' : match[0].toLowerCase();
}

function decodeEntities(chunk: string): string {
  if (!chunk.includes('&')) return chunk;
  return chunk.replace(/&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z]{2,8});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim();
}
