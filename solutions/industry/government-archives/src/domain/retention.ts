/**
 * Retention by NARA General Records Schedule. A record maps to a schedule by the first rule that matches:
 *
 * 1. its text names one (`GRS 2.1`, `GRS 2.2` or `GRS 1.1`, the first mention wins);
 * 2. a folder of its key: `acquisition` or `recruitment` -> GRS 2.1, `personnel` or `employee` -> GRS 2.2,
 *    `finance` or `financial` -> GRS 1.1;
 * 3. otherwise the default of 7 years.
 *
 * Records are kept from the day they are processed for the schedule's years; the retain-until instant is the
 * RetentionTable item's TTL (epoch seconds).
 */

/** A schedule of the General Records Schedule this pattern knows, and the default. */
export const GRS_SCHEDULES = {
  '2.1': { years: 3, title: 'Employee acquisition records' },
  '2.2': { years: 7, title: 'Employee management records' },
  '1.1': { years: 30, title: 'Financial management and reporting records' },
  default: { years: 7, title: 'No schedule matched: default retention' },
} as const;
export type ScheduleId = keyof typeof GRS_SCHEDULES;

const FOLDER_SCHEDULES: ReadonlyMap<string, ScheduleId> = new Map([
  ['acquisition', '2.1'],
  ['recruitment', '2.1'],
  ['personnel', '2.2'],
  ['employee', '2.2'],
  ['finance', '1.1'],
  ['financial', '1.1'],
]);

/** The chosen schedule, its years and which rule chose it. */
export interface RetentionRule {
  schedule: ScheduleId;
  years: number;
  rule: 'text' | 'folder' | 'default';
}

function isScheduleId(value: string): value is Exclude<ScheduleId, 'default'> {
  return value === '2.1' || value === '2.2' || value === '1.1';
}

/** The first `GRS n.n` the text names (case-insensitive, one space or none after GRS), when it is known. */
export function scheduleNamedIn(text: string): ScheduleId | undefined {
  const upper = text.toUpperCase();
  for (let at = upper.indexOf('GRS'); at >= 0; at = upper.indexOf('GRS', at + 3)) {
    const start = upper[at + 3] === ' ' ? at + 4 : at + 3;
    const id = upper.slice(start, start + 3);
    const after = upper.charCodeAt(start + 3);
    if (isScheduleId(id) && !(after >= 48 && after <= 57)) return id;
  }
  return undefined;
}

/** The schedule of a record from its key and text. */
export function retentionRule(key: string, text: string): RetentionRule {
  const named = scheduleNamedIn(text);
  if (named !== undefined) return { schedule: named, years: GRS_SCHEDULES[named].years, rule: 'text' };
  const folders = key.toLowerCase().split('/').slice(0, -1);
  const folder = folders.find((name) => FOLDER_SCHEDULES.has(name));
  const schedule = folder === undefined ? undefined : FOLDER_SCHEDULES.get(folder);
  if (schedule !== undefined) return { schedule, years: GRS_SCHEDULES[schedule].years, rule: 'folder' };
  return { schedule: 'default', years: GRS_SCHEDULES.default.years, rule: 'default' };
}

/** `from` plus whole calendar years, in UTC (29 February becomes 1 March in a common year). */
export function retainUntil(from: Date, years: number): Date {
  const until = new Date(from.getTime());
  until.setUTCFullYear(from.getUTCFullYear() + years);
  return until;
}
