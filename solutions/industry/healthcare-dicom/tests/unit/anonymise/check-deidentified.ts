/** Assertions shared by the anonymiser tests: what a de-identified data set may never contain. */
import { actionFor } from '../../../src/domain/anonymise/profile';
import type { DicomElement } from '../../../src/domain/dicom/model';
import { formatTag } from '../../../src/domain/dicom/tags';
import { textOf } from '../../../src/domain/dicom/values';

/** Every violation of the profile in `elements` (recursively), as readable strings; empty when clean. */
export function profileViolations(elements: readonly DicomElement[]): string[] {
  const found: string[] = [];
  const visit = (list: readonly DicomElement[]): void => {
    for (const e of list) {
      const action = actionFor(e.tag);
      if (action === 'X') found.push(`${formatTag(e.tag)} present`);
      if (action === 'Z' && (e.value?.length ?? 0) > 0) found.push(`${formatTag(e.tag)} not empty`);
      if (action === 'U' && e.value !== undefined) {
        for (const uid of textOf(e.value).split('\\')) {
          if (uid !== '' && !/^2\.25\.\d{1,39}$/.test(uid)) found.push(`${formatTag(e.tag)} not replaced`);
        }
      }
      for (const item of e.items ?? []) visit(item.elements);
    }
  };
  visit(elements);
  return found;
}
