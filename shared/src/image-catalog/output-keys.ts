/** Where each per-image result is written: `<kind>/YYYY/MM/DD/<key>_<version>_<kind>.json`. */
import { datedKey } from '../output';
import { type ImageObject, versionTag } from './image-object';

/** Kinds of per-image results, each under its own top-level prefix. */
export type ResultKind = 'tags' | 'catalog' | 'quality';

/** The key (relative to the output prefix) of one result of one object version, dated by `now` (UTC). */
export function resultKey(kind: ResultKind, object: ImageObject, now: Date): string {
  return datedKey(kind, object.key, `${versionTag(object)}_${kind}.json`, now);
}
