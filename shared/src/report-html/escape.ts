import type { ReportCell } from './model';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML (and SVG) element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** The text of a cell, escaped: empty for null and undefined. */
export function cellText(cell: ReportCell): string {
  return cell === null || cell === undefined ? '' : escapeHtml(String(cell));
}

const IMAGE_DATA_URI = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]*={0,2}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const UNSAFE_CHAR = /[\u0000-\u0020\u007f\\]/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * The URL if a report may link or embed it, else undefined: relative URLs (no scheme, not protocol-relative, no whitespace: encode path segments),
 * https URLs, and base64 data URIs of raster images (for `image` only). Anything else (javascript:, other data:,
 * file:, //host) is refused.
 */
export function safeUrl(url: string | undefined, use: 'link' | 'image'): string | undefined {
  // Browsers drop whitespace and control characters inside a scheme ("java\tscript:"): refuse them anywhere.
  if (url === undefined || url === '' || UNSAFE_CHAR.test(url)) return undefined;
  if (url.startsWith('data:')) return use === 'image' && IMAGE_DATA_URI.test(url) ? url : undefined;
  if (url.startsWith('//')) return undefined;
  if (SCHEME.test(url)) return url.toLowerCase().startsWith('https:') ? url : undefined;
  return url;
}
