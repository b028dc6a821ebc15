/**
 * The PS3.15 Annex E Basic Application Level Confidentiality Profile actions (Table E.1-1) for the attributes this
 * pattern supports. Where the table offers a choice (X/Z, Z/D, X/D...) the simplest action that keeps the file
 * valid is taken; the README lists the table.
 */

/** X remove, Z replace with a zero-length value, U replace the UID consistently (the supported rows need no D). */
export type ProfileAction = 'X' | 'Z' | 'U';

/** `ggggeeee` + action, one entry per supported attribute. */
const TABLE =
  // Dates and times
  '00080012X 00080013X 00080020Z 00080021X 00080022X 00080023Z 0008002AX 00080030Z 00080031X 00080032X 00080033Z ' +
  '00080201X 00100030Z 00100032X 00400244X 00400245X 00400250X 00400251X ' +
  // Identifiers and accession
  '00080050Z 00100020Z 00101000X 00101002X 00200010Z 00400253X 00380010X 00181000X ' +
  // Patient
  '00100010Z 00100040Z 00101001X 00101010X 00101020X 00101030X 00101040X 00102154X 00102160X 001021B0X 00104000X ' +
  '00380300X ' +
  // Physicians and operators
  '00080090Z 00080092X 00080094X 00080096X 00081048X 00081050X 00081060X 00081070X 00321032X ' +
  // Institution and equipment
  '00080080X 00080081X 00081010X 00081040X ' +
  // Free text, descriptions and comments
  '00081030X 0008103EX 00081080X 00181030X 00204000X 00321060X 00400254X 00400275X ' +
  // UIDs
  '00080014U 00080018U 00080058U 00081155U 0020000DU 0020000EU 00200052U 00200200U 0040A124U 00880140U ' +
  // Whole structures
  '04000561X FFFAFFFAX FFFCFFFCX';

const ACTIONS: ReadonlyMap<number, ProfileAction> = new Map(
  TABLE.split(' ').map((entry) => [Number.parseInt(entry.slice(0, 8), 16), entry.slice(8) as ProfileAction]),
);

/** Every supported attribute and its action (README table and tests). */
export const PROFILE_ACTIONS: ReadonlyMap<number, ProfileAction> = ACTIONS;

/**
 * The action for `tag`: the table's, X for private tags (odd groups), overlay data and comments (60xx,3000/4000),
 * curve data (50xx) and group lengths of the data set; undefined keeps the attribute.
 */
export function actionFor(tag: number): ProfileAction | undefined {
  const fixed = ACTIONS.get(tag);
  if (fixed !== undefined) return fixed;
  const group = tag >>> 16;
  const element = tag & 0xffff;
  if (group % 2 === 1) return 'X';
  if (element === 0x0000) return 'X';
  if (group >= 0x5000 && group <= 0x50ff) return 'X';
  if (group >= 0x6000 && group <= 0x60ff && (element === 0x3000 || element === 0x4000)) return 'X';
  return undefined;
}
