/** ONTAP path -> S3 Access Point key. */
import { FileEventError } from '../errors';

/**
 * Maps an ONTAP path (`\vol1\dir\a.txt`, `/vol1/dir/a.txt`) to the key the access point serves (`dir/a.txt`):
 * backslashes become slashes, empty segments go, and the leading volume segment is dropped. When `volumeName`
 * is given, the first segment is dropped only if it is that volume (paths ONTAP already sends relative to the
 * volume root are kept whole). `.` and `..` segments are rejected: a key never climbs out of the volume.
 */
export function toAccessPointKey(ontapPath: string, volumeName?: string): string {
  const segments = ontapPath
    .replaceAll('\\', '/')
    .split('/')
    .filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    throw new FileEventError(`path "${ontapPath}" contains "." or ".." segments`);
  }
  const dropVolume = volumeName === undefined || segments[0] === volumeName;
  const key = (dropVolume ? segments.slice(1) : segments).join('/');
  if (key === '') throw new FileEventError(`path "${ontapPath}" names no file below the volume root`);
  return key;
}
