/** Where each result is written: `<kind>/YYYY/MM/DD/<key>_<version>_<kind>.json`, reports per execution. */
import { datedKey } from '@fsxn-s3ap/shared/output';
import { type ImageObject, versionTag } from './image-object';

/** Kinds of per-image results, each under its own top-level prefix. */
export type ResultKind = 'tags' | 'catalog' | 'quality';

/** The key (relative to the output prefix) of one result of one object version, dated by `now` (UTC). */
export function resultKey(kind: ResultKind, object: ImageObject, now: Date): string {
  return datedKey(kind, object.key, `${versionTag(object)}_${kind}.json`, now);
}

/** The JSON report and Markdown summary keys of one execution. */
export function reportKeys(executionId: string, now: Date): { report: string; summary: string } {
  return {
    report: datedKey('reports', executionId, 'catalog-report.json', now),
    summary: datedKey('reports', executionId, 'catalog-report.md', now),
  };
}
