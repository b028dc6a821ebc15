/** The demo images: two patients' studies with several series, in both VR encodings, with PHI in the usual places. */
import type { DicomElement } from '../src/domain/dicom/model';
import { binary, buildDicomFile, sequence, text, us } from './dicom-builder';

/** CT Image Storage and Ultrasound Image Storage. */
const CT = '1.2.840.10008.5.1.4.1.1.2';
const US = '1.2.840.10008.5.1.4.1.1.6.1';

/** One demo image. */
export interface DemoImage {
  explicitVr: boolean;
  sopClass: typeof CT | typeof US;
  modality: 'CT' | 'US' | 'MR';
  patient: { name: string; id: string; birthDate: string };
  studyUid: string;
  seriesUid: string;
  instance: number;
  bits: 8 | 16;
  burnedIn?: 'YES' | 'NO';
  overlay?: boolean;
  /** A kept attribute that someone typed a name into (the residual PHI check finds it). */
  manufacturer?: string;
}

/** A 16x16 gradient, different for every instance (8 or 16 bits, little endian). */
export function demoPixels(bits: 8 | 16, instance: number): Uint8Array {
  const out = new Uint8Array(16 * 16 * (bits / 8));
  for (let i = 0; i < 256; i++) {
    const v = (i * 7 + instance * 31) % (bits === 8 ? 256 : 4096);
    if (bits === 8) out[i] = v;
    else {
      out[2 * i] = v & 0xff;
      out[2 * i + 1] = v >>> 8;
    }
  }
  return out;
}

function dataset(image: DemoImage, sopInstanceUid: string): DicomElement[] {
  const elements: DicomElement[] = [
    text(0x0008, 0x0016, 'UI', image.sopClass),
    text(0x0008, 0x0018, 'UI', sopInstanceUid),
    text(0x0008, 0x0020, 'DA', '20240312'),
    text(0x0008, 0x0030, 'TM', '101500'),
    text(0x0008, 0x0050, 'SH', `ACC${image.patient.id}`),
    text(0x0008, 0x0060, 'CS', image.modality),
    text(0x0008, 0x0070, 'LO', image.manufacturer ?? 'ACME MEDICAL'),
    text(0x0008, 0x0080, 'LO', 'General Hospital'),
    text(0x0008, 0x0090, 'PN', 'HOUSE^GREGORY'),
    text(0x0008, 0x1030, 'LO', `Follow-up for ${image.patient.name}`),
    sequence(
      0x0008,
      0x1140,
      [[text(0x0008, 0x1150, 'UI', image.sopClass), text(0x0008, 0x1155, 'UI', `${image.seriesUid}.99`)]],
      true,
    ),
    text(0x0010, 0x0010, 'PN', image.patient.name),
    text(0x0010, 0x0020, 'LO', image.patient.id),
    text(0x0010, 0x0030, 'DA', image.patient.birthDate),
    text(0x0010, 0x0040, 'CS', 'F'),
    sequence(0x0010, 0x1002, [[text(0x0010, 0x0020, 'LO', `MRN-${image.patient.id}`)]]),
    text(0x0010, 0x4000, 'LT', `Allergic to penicillin; call ${image.patient.name} at home`),
    text(0x0018, 0x0015, 'CS', 'CHEST'),
    text(0x0020, 0x000d, 'UI', image.studyUid),
    text(0x0020, 0x000e, 'UI', image.seriesUid),
    text(0x0020, 0x0013, 'IS', String(image.instance)),
    us(0x0028, 0x0002, 1),
    text(0x0028, 0x0004, 'CS', 'MONOCHROME2'),
    us(0x0028, 0x0010, 16),
    us(0x0028, 0x0011, 16),
    us(0x0028, 0x0100, image.bits),
    us(0x0028, 0x0101, image.bits === 8 ? 8 : 12),
    us(0x0028, 0x0102, image.bits === 8 ? 7 : 11),
    us(0x0028, 0x0103, 0),
  ];
  if (image.burnedIn !== undefined) elements.push(text(0x0028, 0x0301, 'CS', image.burnedIn));
  elements.push(text(0x0029, 0x0010, 'LO', 'ACME PRIVATE'), text(0x0029, 0x1001, 'LO', image.patient.name));
  if (image.overlay) {
    elements.push(
      us(0x6000, 0x0010, 16),
      us(0x6000, 0x0011, 16),
      binary(0x6000, 0x3000, new Uint8Array(32).fill(0x81), 'OW'),
    );
  }
  return elements;
}

/** The bytes of one demo image. */
export function demoImage(image: DemoImage): Uint8Array {
  const sopInstanceUid = `${image.seriesUid}.${image.instance}`;
  return buildDicomFile({
    explicitVr: image.explicitVr,
    sopClassUid: image.sopClass,
    sopInstanceUid,
    dataset: dataset(image, sopInstanceUid),
    pixels: { vr: image.bits === 16 ? 'OW' : 'OB', bytes: demoPixels(image.bits, image.instance) },
  });
}

export { CT, US };
