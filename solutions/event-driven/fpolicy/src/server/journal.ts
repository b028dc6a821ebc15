/**
 * The spill journal: events SQS did not take within the retry budget (or at shutdown) are appended to a local file,
 * one JSON line each, fsync'd before they count as kept, and replayed when SQS answers again (or on the next start).
 * Each process writes its own `journal-<id>.jsonl` (renamed `closed-<id>.jsonl` at shutdown); a replay first
 * renames the file it takes (`replay-<id>.jsonl`), so appends never race with reading. Files of processes that
 * did not shut down cleanly are taken once untouched for `staleMs`. The total size is capped: past it `append` refuses and the caller reports loss.
 */
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { FileEvent } from '../domain/file-event';

export interface JournalOptions {
  dir: string;
  /** Bytes of journal files (this process's and unclaimed ones) beyond which appends are refused. */
  maxBytes: number;
  /** A file of another process is taken over once untouched this long (it stopped). 60 s by default. */
  staleMs?: number;
}

export interface Journal {
  /** Appends and fsyncs `events`; false (nothing written) when the size cap would be exceeded or the disk fails. */
  append(events: readonly FileEvent[]): boolean;
  /** Bytes currently journalled by this process (unreplayed). */
  readonly bytes: number;
  /** Claims every replayable file (this process's, stopped processes', interrupted replays) for reading. */
  claim(): string[];
  /** Reads a claimed file line by line; invalid lines are passed to `onInvalid`. */
  read(file: string, onEvent: (event: FileEvent) => Promise<void>, onInvalid: (line: string) => void): Promise<void>;
  /** Deletes a claimed file once every event of it is sent (or journalled again). */
  release(file: string): void;
  /** At shutdown: marks this process's file as closed, so the next process replays it at once. */
  seal(): void;
}

const JOURNAL = /^journal-[0-9a-f-]{36}\.jsonl$/;
const REPLAY = /^replay-[0-9a-f-]{36}\.jsonl$/;
const CLOSED = /^closed-[0-9a-f-]{36}\.jsonl$/;

export function openJournal(options: JournalOptions): Journal {
  mkdirSync(options.dir, { recursive: true });
  const staleMs = options.staleMs ?? 60_000;
  const own = path.join(options.dir, `journal-${randomUUID()}.jsonl`);
  let bytes = 0;
  const sizeOf = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  const others = () =>
    readdirSync(options.dir)
      .filter((name) => JOURNAL.test(name) || REPLAY.test(name) || CLOSED.test(name))
      .map((name) => path.join(options.dir, name))
      .filter((file) => file !== own);
  let otherBytes = others().reduce((sum, file) => sum + sizeOf(file), 0);

  return {
    get bytes() {
      return bytes;
    },
    append(events) {
      if (events.length === 0) return true;
      const text = `${events.map((event) => JSON.stringify(event)).join('\n')}\n`;
      const size = Buffer.byteLength(text, 'utf8');
      if (bytes + otherBytes + size > options.maxBytes) return false;
      try {
        const fd = openSync(own, 'a');
        try {
          writeSync(fd, text);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      } catch {
        return false;
      }
      bytes += size;
      return true;
    },
    claim() {
      const claimed: string[] = [];
      const now = Date.now();
      const take = (file: string) => {
        const target = path.join(options.dir, `replay-${randomUUID()}.jsonl`);
        try {
          renameSync(file, target);
          claimed.push(target);
        } catch {
          // Another process took it first, or it is gone.
        }
      };
      if (bytes > 0) {
        take(own);
        bytes = 0;
      }
      for (const file of others()) {
        let modified: number;
        try {
          // A claimed replay file counts from its rename (ctime), so it is not taken from a live replayer.
          const stat = statSync(file);
          modified = REPLAY.test(path.basename(file)) ? Math.max(stat.mtimeMs, stat.ctimeMs) : stat.mtimeMs;
        } catch {
          continue;
        }
        if (CLOSED.test(path.basename(file)) || now - modified >= staleMs) take(file);
      }
      otherBytes = others().reduce((sum, file) => sum + sizeOf(file), 0);
      return claimed;
    },
    async read(file, onEvent, onInvalid) {
      const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        let event: FileEvent;
        try {
          event = JSON.parse(line) as FileEvent;
        } catch {
          onInvalid(line.slice(0, 200));
          continue;
        }
        await onEvent(event);
      }
    },
    seal() {
      if (bytes === 0) return;
      try {
        renameSync(own, path.join(options.dir, `closed-${randomUUID()}.jsonl`));
        otherBytes += bytes;
        bytes = 0;
      } catch {
        // Left as it is: replayed once stale.
      }
    },
    release(file) {
      const size = sizeOf(file);
      try {
        unlinkSync(file);
        otherBytes = Math.max(0, otherBytes - size);
      } catch {
        // Already gone.
      }
    },
  };
}
