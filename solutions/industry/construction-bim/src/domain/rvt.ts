/**
 * Revit `.rvt` files are OLE compound files (Microsoft CFB): their content is proprietary, so this pattern only
 * checks the 8-byte CFB signature (one ranged read) and reports the file; it does not read the model.
 */
import { RvtSignatureError } from '../errors';

/** The compound file signature D0 CF 11 E0 A1 B1 1A E1. */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Throws RvtSignatureError unless `head` starts with the compound file signature. */
export function checkRvtSignature(head: Uint8Array, key: string): void {
  const ok = head.length >= CFB_SIGNATURE.length && CFB_SIGNATURE.every((byte, index) => head[index] === byte);
  if (!ok) throw new RvtSignatureError(`${key}: bytes 0-7 are not the OLE compound file signature of a Revit file`);
}
