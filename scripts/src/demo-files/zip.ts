import { strToU8, type Zippable, zipSync } from 'fflate';
import { DemoFileError } from './raster';

/**
 * Entry time of every demo zip. fflate writes DOS times from a Date's local fields, so the date is built from local
 * fields too: the bytes are the same in every time zone.
 */
const ENTRY_TIME = new Date(2025, 0, 1, 0, 0, 0);

/** A zip (deflate, fixed entry times, entries in the given order) of text entries. */
export function demoZip(entries: readonly (readonly [name: string, text: string])[]): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of entries) files[name] = [strToU8(text), { mtime: ENTRY_TIME }];
  return zipSync(files, { level: 6, mtime: ENTRY_TIME });
}

function xmlAllows(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** `text` escaped for XML content or attribute values. Throws `DemoFileError` on a character XML cannot hold. */
export function xmlText(text: string, where: string): string {
  for (let i = 0; i < text.length; i += 1)
    if (!xmlAllows(text.charCodeAt(i))) throw new DemoFileError(`${where}: XML cannot hold control characters`);
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** The XML declaration every OOXML part starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A relationships part: `[id, type (last segment of the officeDocument type URI), target]` entries. */
export function relationships(entries: readonly (readonly [string, string, string])[]): string {
  const items = entries
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${OFFICE_RELS}/${type}" Target="${target}"/>`)
    .join('');
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">${items}</Relationships>`;
}

/** A [Content_Types].xml part with the rels/xml defaults and one override per `[part, content type]`. */
export function contentTypes(overrides: readonly (readonly [string, string])[]): string {
  const items = overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${items}</Types>`
  );
}
