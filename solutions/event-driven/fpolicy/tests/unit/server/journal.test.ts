import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FileEvent } from '../../../src/domain/file-event';
import { openJournal } from '../../../src/server/journal';

const event = (index: number): FileEvent => ({
  event_id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  operation_type: 'create',
  file_path: `f/${index}`,
  volume_name: 'vol1',
  svm_name: 'svm1',
  timestamp: '2025-01-01T00:00:00.000Z',
  file_size: 1,
});

async function readAll(journal: ReturnType<typeof openJournal>, file: string) {
  const events: FileEvent[] = [];
  const invalid: string[] = [];
  await journal.read(
    file,
    async (item) => void events.push(item),
    (line) => void invalid.push(line),
  );
  return { events, invalid };
}

describe('journal', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'journal-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps appended events until they are claimed, read and released', async () => {
    // Prepare
    const journal = openJournal({ dir, maxBytes: 1024 * 1024 });
    journal.append([event(1), event(2)]);
    journal.append([event(3)]);

    // Act
    const [file] = journal.claim();
    const { events } = await readAll(journal, file as string);
    journal.release(file as string);

    // Assess
    expect(events).toEqual([event(1), event(2), event(3)]);
    expect(journal.bytes).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses appends past its size cap, counting files not yet replayed', () => {
    // Prepare
    const journal = openJournal({ dir, maxBytes: 600 });

    // Act
    const accepted = [1, 2, 3, 4, 5].map((index) => journal.append([event(index)]));

    // Assess
    expect(accepted.filter(Boolean).length).toBeGreaterThan(0);
    expect(accepted.at(-1)).toBe(false);
    expect(journal.bytes).toBeLessThanOrEqual(600);
  });

  it('takes a sealed file at once and another process file only once stale; skips corrupt lines', async () => {
    // Prepare: one sealed journal (a clean shutdown), one live-looking file, one stale file with a torn last line.
    const first = openJournal({ dir, maxBytes: 1024 * 1024 });
    first.append([event(1)]);
    first.seal();
    const live = path.join(dir, `journal-${'1'.repeat(8)}-1111-4111-8111-${'1'.repeat(12)}.jsonl`);
    writeFileSync(live, `${JSON.stringify(event(2))}\n`);
    const stale = path.join(dir, `journal-${'2'.repeat(8)}-2222-4222-8222-${'2'.repeat(12)}.jsonl`);
    writeFileSync(stale, `${JSON.stringify(event(3))}\n{"event_id":`);
    utimesSync(stale, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    const next = openJournal({ dir, maxBytes: 1024 * 1024, staleMs: 60_000 });

    // Act
    const claimed = next.claim();
    const read = await Promise.all(claimed.map((file) => readAll(next, file)));

    // Assess
    expect(
      read
        .flatMap((item) => item.events)
        .map((item) => item.file_path)
        .sort(),
    ).toEqual(['f/1', 'f/3']);
    expect(read.flatMap((item) => item.invalid)).toEqual(['{"event_id":']);
    expect(readdirSync(dir)).toContain(path.basename(live));
  });
});
