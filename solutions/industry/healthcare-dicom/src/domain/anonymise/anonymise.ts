/**
 * Applies the Basic Application Level Confidentiality Profile to a parsed header: removes, empties or replaces the
 * attributes of the profile's table (in sequences too), and records that the patient identity was removed.
 */
import type { DicomElement, DicomHeader } from '../dicom/model';
import { Tags } from '../dicom/tags';
import { encodeText, textOf } from '../dicom/values';
import { actionFor, type ProfileAction } from './profile';
import type { UidMapper } from './uid-map';

/** (0012,0063): which profile was applied. */
export const DEIDENTIFICATION_METHOD = 'DICOM PS3.15 Basic Application Level Confidentiality Profile';

/** The de-identified header, ready to encode, and how many attributes each action touched. */
export interface AnonymisedHeader {
  meta: DicomElement[];
  dataset: DicomElement[];
  actions: Record<ProfileAction, number>;
}

/** Meta elements naming the sending and receiving application entities. */
const META_REMOVED = new Set([0x00020016, 0x00020017, 0x00020018]);

const text = (tag: number, vr: string, value: string): DicomElement => ({ tag, vr, value: encodeText(value, vr) });

/** (0012,0064): code 113100 "Basic Application Confidentiality Profile" (DCM). */
const methodCodeSequence = (): DicomElement => ({
  tag: Tags.DeidentificationMethodCodeSequence,
  vr: 'SQ',
  items: [
    {
      elements: [
        text(Tags.CodeValue, 'SH', '113100'),
        text(Tags.CodingSchemeDesignator, 'SH', 'DCM'),
        text(Tags.CodeMeaning, 'LO', 'Basic Application Confidentiality Profile'),
      ],
    },
  ],
});

const MARKERS = new Set([
  Tags.PatientIdentityRemoved,
  Tags.DeidentificationMethod,
  Tags.DeidentificationMethodCodeSequence,
]);

/** De-identifies `header` (the input is not changed). */
export function anonymiseHeader(header: DicomHeader, mapUid: UidMapper): AnonymisedHeader {
  const actions: Record<ProfileAction, number> = { X: 0, Z: 0, U: 0 };
  const mapValue = (value: Uint8Array): Uint8Array =>
    encodeText(
      textOf(value)
        .split('\\')
        .map((uid) => (uid === '' ? uid : mapUid(uid.trim())))
        .join('\\'),
      'UI',
    );
  const apply = (elements: readonly DicomElement[]): DicomElement[] => {
    const out: DicomElement[] = [];
    for (const element of elements) {
      if (MARKERS.has(element.tag)) continue;
      const action = actionFor(element.tag);
      if (action !== undefined) actions[action]++;
      if (action === 'X') continue;
      if (action === 'Z') out.push({ tag: element.tag, vr: element.vr, value: new Uint8Array(0) });
      else if (action === 'U' && element.value !== undefined) out.push({ ...element, value: mapValue(element.value) });
      else if (element.items !== undefined) {
        const items = element.items.map((item) => ({ ...item, elements: apply(item.elements) }));
        out.push({ ...element, items });
      } else out.push(element);
    }
    return out;
  };
  const dataset = apply(header.dataset);
  dataset.push(
    text(Tags.PatientIdentityRemoved, 'CS', 'YES'),
    text(Tags.DeidentificationMethod, 'LO', DEIDENTIFICATION_METHOD),
    methodCodeSequence(),
  );
  dataset.sort((a, b) => a.tag - b.tag);
  const meta = header.meta
    .filter((e) => !META_REMOVED.has(e.tag))
    .map((e) =>
      e.tag === Tags.MediaStorageSopInstanceUid && e.value !== undefined ? { ...e, value: mapValue(e.value) } : e,
    );
  return { meta, dataset, actions };
}
