/**
 * Writes demo-data/: two studies (two patients) with two series each, explicit and implicit VR little endian, one
 * image declaring burned-in annotation, one with an overlay, one with a name left in a kept attribute, one file
 * truncated inside its header, one inside its pixel data, and a text file the suffix filter skips. `tsx scripts/generate-demo-data.ts`.
 */
import path from 'node:path';
import { runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';
import { CT, type DemoImage, demoImage, US } from './demo-dicom';

const JANE = { name: 'DOE^JANE', id: 'PID-1001', birthDate: '19700101' };
const JOHN = { name: 'ROE^JOHN', id: 'PID-2002', birthDate: '19651231' };
const STUDY_A = '1.2.826.0.1.3680043.8.498.1';
const STUDY_B = '1.2.826.0.1.3680043.8.498.2';

const ct = (seriesUid: string, instance: number, extra: Partial<DemoImage> = {}): DemoImage => ({
  explicitVr: true,
  sopClass: CT,
  modality: 'CT',
  patient: JANE,
  studyUid: STUDY_A,
  seriesUid,
  instance,
  bits: 16,
  ...extra,
});

const us = (seriesUid: string, instance: number, extra: Partial<DemoImage> = {}): DemoImage => ({
  explicitVr: false,
  sopClass: US,
  modality: 'US',
  patient: JOHN,
  studyUid: STUDY_B,
  seriesUid,
  instance,
  bits: 8,
  ...extra,
});

/** Every file of demo-data/, by path relative to it (bytes, so tests can parse them directly). */
export function demoFiles(): Record<string, Uint8Array> {
  const truncated = demoImage(ct(`${STUDY_A}.3`, 1));
  return {
    'study-a/series-1/ct-0001.dcm': demoImage(ct(`${STUDY_A}.1`, 1)),
    'study-a/series-1/ct-0002.dcm': demoImage(ct(`${STUDY_A}.1`, 2, { explicitVr: false })),
    'study-a/series-2/ct-0001.dcm': demoImage(ct(`${STUDY_A}.2`, 1, { manufacturer: 'ACME SMITH^ALAN' })),
    'study-b/series-1/us-0001.dcm': demoImage(us(`${STUDY_B}.1`, 1, { burnedIn: 'YES' })),
    'study-b/series-1/us-0002.dcm': demoImage(us(`${STUDY_B}.1`, 2, { burnedIn: 'NO' })),
    'study-b/series-2/us-0001.dcm': demoImage(us(`${STUDY_B}.2`, 1, { explicitVr: true, overlay: true })),
    'corrupt/truncated.dcm': truncated.subarray(0, 700),
    'corrupt/truncated-pixels.dcm': truncated.subarray(0, truncated.length - 100),
    'README.txt': new TextEncoder().encode('DICOM demo files (this text file is skipped by the suffix filter).\n'),
  };
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
