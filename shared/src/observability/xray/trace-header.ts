/** The X-Ray trace header Lambda gives each invocation (`_X_AMZN_TRACE_ID`), read without regular expressions. */

/** The parts of a trace header this kernel uses. */
export interface TraceHeader {
  /** `1-<8 hex time>-<24 hex>`. */
  root: string;
  /** The id of the segment new subsegments hang from (the function's facade segment in Lambda). */
  parent: string | undefined;
  /** True when the request is sampled (`Sampled=1`): only then are subsegments sent. */
  sampled: boolean;
}

const MAX_HEADER_LENGTH = 1024;

/** Parses `Root=...;Parent=...;Sampled=1[;Lineage=...]`; undefined when there is no Root. */
export function parseTraceHeader(header: string | undefined): TraceHeader | undefined {
  if (header === undefined || header === '' || header.length > MAX_HEADER_LENGTH) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0) fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
  }
  const root = fields.get('Root');
  if (root === undefined || root === '') return undefined;
  return { root, parent: fields.get('Parent') || undefined, sampled: fields.get('Sampled') === '1' };
}

/** The header a downstream request carries so the service links its segment under `parentId`. */
export function formatTraceHeader(root: string, parentId: string): string {
  return `Root=${root};Parent=${parentId};Sampled=1`;
}
