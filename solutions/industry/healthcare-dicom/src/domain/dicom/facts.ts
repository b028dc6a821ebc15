/** The header fields a result records, and the patient/study fields that are PHI (kept apart, never written). */
import type { DicomHeader } from './model';
import { Tags } from './tags';
import { findElement, stringOf, uint16Of } from './values';

/** Header fields that identify nobody. */
export interface ImageFacts {
  transferSyntaxUid: string;
  explicitVr: boolean;
  modality?: string;
  sopClassUid?: string;
  rows?: number;
  columns?: number;
  bitsAllocated?: number;
  photometricInterpretation?: string;
  numberOfFrames?: number;
  /** Pixel Data value length; undefined for encapsulated pixel data or a file without pixels. */
  pixelDataBytes?: number;
  encapsulated: boolean;
}

/** Patient, study and series fields as found: PHI, logged only with LOG_PHI_DATA=true. */
export interface IdentifyingFields {
  patientName?: string;
  patientId?: string;
  studyDate?: string;
  studyInstanceUid?: string;
  seriesInstanceUid?: string;
  sopInstanceUid?: string;
}

const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

/** The image facts of `header`. */
export function imageFacts(header: DicomHeader): ImageFacts {
  const ds = header.dataset;
  const frames = stringOf(findElement(ds, Tags.NumberOfFrames));
  const length = header.pixelData?.length;
  return compact({
    transferSyntaxUid: header.transferSyntaxUid,
    explicitVr: header.explicitVr,
    modality: stringOf(findElement(ds, Tags.Modality)),
    sopClassUid: stringOf(findElement(ds, Tags.SopClassUid)),
    rows: uint16Of(findElement(ds, Tags.Rows)),
    columns: uint16Of(findElement(ds, Tags.Columns)),
    bitsAllocated: uint16Of(findElement(ds, Tags.BitsAllocated)),
    photometricInterpretation: stringOf(findElement(ds, Tags.PhotometricInterpretation)),
    numberOfFrames: frames === undefined || !/^\s*\d{1,9}\s*$/.test(frames) ? undefined : Number(frames),
    pixelDataBytes: length,
    encapsulated: header.pixelData !== undefined && length === undefined,
  });
}

/** The identifying fields of `header`. */
export function identifyingFields(header: DicomHeader): IdentifyingFields {
  const ds = header.dataset;
  return compact({
    patientName: stringOf(findElement(ds, Tags.PatientName)),
    patientId: stringOf(findElement(ds, Tags.PatientId)),
    studyDate: stringOf(findElement(ds, Tags.StudyDate)),
    studyInstanceUid: stringOf(findElement(ds, Tags.StudyInstanceUid)),
    seriesInstanceUid: stringOf(findElement(ds, Tags.SeriesInstanceUid)),
    sopInstanceUid: stringOf(findElement(ds, Tags.SopInstanceUid)),
  });
}
