/** Point cloud QC of one object from its header alone (range reads, never the whole file). */
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { InvalidPointCloudError } from '../../errors';
import { type Finding, qcStatus } from './findings';
import { LAS_HEADER_READ_BYTES, parseLasHeader } from './las-header';
import { checkLas } from './las-qc';
import { PCD_HEADER_READ_BYTES, parsePcdHeader } from './pcd-header';
import { checkPcd } from './pcd-qc';

/** The per-file QC result (the Map item's output and the input of inference). */
export interface PointCloudResult {
  key: string;
  size: number;
  format: 'pcd' | 'las';
  status: 'PASSED' | 'FAILED';
  points: number;
  findings: Finding[];
  /** Format-specific header facts (PCD fields and data mode, LAS version, format and bounds). */
  header: Record<string, unknown>;
}

/** The reads QC needs. */
export type HeaderReader = Pick<AccessPointClient, 'getRange'>;

/** Reads the header of a `.pcd` or `.las` object by range and checks it. */
export async function checkPointCloud(
  object: { key: string; size: number },
  input: HeaderReader,
): Promise<PointCloudResult> {
  const lower = object.key.toLowerCase();
  if (object.size === 0) throw new InvalidPointCloudError(`${object.key} is empty`);
  if (lower.endsWith('.pcd')) {
    const head = await input.getRange(object.key, 0, Math.min(object.size, PCD_HEADER_READ_BYTES) - 1);
    const header = parsePcdHeader(head);
    let compressed: { compressed: number; uncompressed: number } | undefined;
    if (header.data === 'binary_compressed' && object.size >= header.headerLength + 8) {
      const sizes = await input.getRange(object.key, header.headerLength, header.headerLength + 7);
      const view = new DataView(sizes.buffer, sizes.byteOffset, sizes.byteLength);
      compressed = { compressed: view.getUint32(0, true), uncompressed: view.getUint32(4, true) };
    }
    const findings = checkPcd(header, object.size, compressed);
    const { headerLength, ...facts } = header;
    return {
      ...object,
      format: 'pcd',
      status: qcStatus(findings),
      points: header.points,
      findings,
      header: { ...facts, headerLength },
    };
  }
  if (lower.endsWith('.las')) {
    const head = await input.getRange(object.key, 0, Math.min(object.size, LAS_HEADER_READ_BYTES) - 1);
    const header = parseLasHeader(head);
    const findings = checkLas(header, object.size);
    return {
      ...object,
      format: 'las',
      status: qcStatus(findings),
      points: header.pointCount,
      findings,
      header: { ...header },
    };
  }
  throw new InvalidPointCloudError(`${object.key} is neither .pcd nor .las`);
}
