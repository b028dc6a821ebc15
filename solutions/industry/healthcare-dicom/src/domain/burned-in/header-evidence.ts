/** What a header says about text burned into (or drawn over) the image, read before de-identification. */
import type { DicomElement, DicomHeader } from '../dicom/model';
import { Tags } from '../dicom/tags';
import { findElement, stringOf } from '../dicom/values';

/** Burned-in text evidence of the header. */
export interface HeaderEvidence {
  /** (0028,0301) as written: YES, NO, or undefined when absent. */
  burnedInAnnotation?: string;
  /** Overlay groups (0x6000-0x601E) that carry overlay data (60xx,3000). */
  overlayGroups: number[];
  /** Graphic annotation or text object sequences are present. */
  annotations: boolean;
}

const isOverlayData = (e: DicomElement): boolean => {
  const group = e.tag >>> 16;
  return group >= 0x6000 && group <= 0x601e && group % 2 === 0 && (e.tag & 0xffff) === 0x3000;
};

/** The evidence of `header` (top-level attributes). */
export function headerEvidence(header: DicomHeader): HeaderEvidence {
  const burnedIn = stringOf(findElement(header.dataset, Tags.BurnedInAnnotation));
  return {
    ...(burnedIn === undefined ? {} : { burnedInAnnotation: burnedIn.toUpperCase() }),
    overlayGroups: header.dataset.filter(isOverlayData).map((e) => e.tag >>> 16),
    annotations: header.dataset.some(
      (e) => e.tag === Tags.GraphicAnnotationSequence || e.tag === Tags.TextObjectSequence,
    ),
  };
}
