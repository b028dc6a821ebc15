/**
 * What a stored screening record may say about the candidate, per `PiiMode`. `strict`: no contact details, and every
 * personal datum (the name on the first line included) masked in the stored text. `standard`: the name, e-mail and
 * phone stay for recruiters (record and text); other personal data is masked. In both modes the values of
 * protected characteristics are masked and only their field names are kept.
 */
import type { PiiEntity } from '@fsxn-s3ap/shared/ai';
import { type PiiMetadata, piiMetadata, redact, type TextSpan } from '@fsxn-s3ap/shared/pii';
import type { PiiMode } from './settings';

/** Longest stored text; longer text is cut and the record says so. */
export const MAX_STORED_TEXT = 10_000;
const CONTACT_TYPES = new Set(['NAME', 'EMAIL', 'PHONE']);

export interface StoredCandidate {
  contact: { name?: string; email?: string; phone?: string };
  redactedText: string;
  textTruncated: boolean;
  pii: PiiMetadata;
}

/** The candidate part of a stored record. */
export function storedCandidate(
  text: string,
  name: string | undefined,
  entities: readonly PiiEntity[],
  protectedSpans: readonly TextSpan[],
  mode: PiiMode,
): StoredCandidate {
  const keep = (entity: PiiEntity) => mode === 'standard' && CONTACT_TYPES.has(entity.type);
  const masked: TextSpan[] = [...entities.filter((entity) => !keep(entity)), ...protectedSpans];
  if (mode === 'strict' && name !== undefined) {
    const at = text.indexOf(name);
    if (at >= 0) masked.push({ type: 'NAME', beginOffset: at, endOffset: at + name.length });
  }
  const { text: redacted } = redact(text, masked, { mask: (type) => `[${type.split('|')[0]}]` });
  const first = (type: string) => {
    const entity = entities.find((candidate) => candidate.type === type);
    return entity === undefined ? undefined : text.slice(entity.beginOffset, entity.endOffset);
  };
  const contact =
    mode === 'strict'
      ? {}
      : Object.fromEntries(
          Object.entries({ name, email: first('EMAIL'), phone: first('PHONE') }).filter(
            ([, value]) => value !== undefined,
          ),
        );
  const kept = Object.keys(contact).map((key) => ({ type: key.toUpperCase() }));
  return {
    contact,
    redactedText: redacted.slice(0, MAX_STORED_TEXT),
    textTruncated: redacted.length > MAX_STORED_TEXT,
    pii: piiMetadata(kept),
  };
}
