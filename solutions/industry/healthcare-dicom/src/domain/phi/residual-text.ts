/** The free text a de-identified header still carries, for the residual PHI check. */
import type { DicomElement } from '../dicom/model';
import { textOf } from '../dicom/values';

/** VRs that hold names or free text (codes, UIDs, numbers, dates and times are not sent). */
const TEXT_VRS = new Set(['LO', 'LT', 'PN', 'SH', 'ST', 'UC', 'UT']);

/** The non-empty text values of `elements` and their sequences, one a line, in file order. */
export function residualText(elements: readonly DicomElement[]): string {
  const lines: string[] = [];
  const visit = (list: readonly DicomElement[]): void => {
    for (const element of list) {
      if (element.items !== undefined) for (const item of element.items) visit(item.elements);
      else if (element.value !== undefined && TEXT_VRS.has(element.vr)) {
        const text = textOf(element.value);
        if (text.trim() !== '') lines.push(text);
      }
    }
  };
  visit(elements);
  return lines.join('\n');
}
