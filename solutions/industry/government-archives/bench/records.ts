/**
 * `make bench` section: time of this pattern's rules on large and hostile text (all must stay linear) and of the
 * FOIA deadline check over many open requests.
 */
import { DemoEntityExtractor } from '@fsxn-s3ap/shared/ai';
import { classify } from '../src/domain/classification';
import { dueReminders } from '../src/domain/foia';
import { scanPii } from '../src/domain/pii-scan';
import { retentionRule } from '../src/domain/retention';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const MIB = 1024 * 1024;
const LINE =
  'Employee: Name: Jordan Example, SSN: 123-45-6789, phone (202) 555-0142, mail j.example@agency.example.gov\n';

async function timeMs(action: () => unknown, repeats: number): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < repeats; index += 1) await action();
  return (performance.now() - started) / repeats;
}

async function run(): Promise<string> {
  const records = LINE.repeat(Math.ceil(MIB / LINE.length));
  const requests = Array.from({ length: 10_000 }, (_, index) => ({
    requestId: `FOIA-${index}`,
    receivedDate: new Date(Date.UTC(2026, 0, 1 + (index % 365))).toISOString().slice(0, 10),
    status: 'OPEN',
  }));
  const rules = { responseDays: 20, reminderDays: 3, holidays: new Set<number>() };
  const extractor = new DemoEntityExtractor();
  const cases: [string, () => unknown, number][] = [
    ['classify: 1 MiB of "secre" (near-miss marking)', () => classify('secre'.repeat(MIB / 5), []), 5],
    ['classify: 1 MiB of "secretx" (phrase found, no word boundary)', () => classify('secretx'.repeat(MIB / 7), []), 5],
    ['retention: 1 MiB of "GRS 2." (near-miss schedule)', () => retentionRule('a/b.pdf', 'GRS 2.'.repeat(MIB / 6)), 5],
    ['personal data scan: 1 MiB of records, 30,000-character chunks', () => scanPii(extractor, records), 1],
    ['FOIA deadlines: 10,000 open requests', () => dueReminders(requests, 20_800, rules), 3],
  ];
  const rows: string[] = [];
  for (const [name, action, repeats] of cases) rows.push(`| ${name} | ${(await timeMs(action, repeats)).toFixed(1)} |`);
  return ['| Input | ms |', '| --- | ---: |', ...rows].join('\n');
}

/** Government archives rules on large and hostile text. */
export const governmentArchivesSection: BenchSectionLike = { title: 'Government archives rules (UC16)', run };
