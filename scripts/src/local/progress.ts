import type { HistoryEvent } from './execution';
import { itemsCount, type MapProgress, mapProgressLine } from './progress-format';

export { causeText, mapItemsPaths } from './progress-format';

/** Where progress lines go: `write` appends a line; `redraw`, when present, replaces the last line (a terminal). */
export interface ProgressSink {
  write(line: string): void;
  redraw?(line: string): void;
}

/** Throttling of progress lines (milliseconds). */
export interface ProgressTiming {
  now(): number;
  /** A Map's progress line at most this often (its last line always). */
  mapIntervalMs: number;
  /** `tick` prints a heartbeat when nothing was printed for this long. */
  heartbeatMs: number;
}

const DEFAULT_TIMING: ProgressTiming = { now: () => Date.now(), mapIntervalMs: 1000, heartbeatMs: 10_000 };

interface StateRef {
  name?: string;
  type?: string;
  input?: unknown;
}

/**
 * Live progress of a run: its phases (build, emulators, seeding), states entered and exited (with durations),
 * retries and failures, and per Map one done/total line at most every second (the last one always), redrawn in
 * place on a terminal and appended otherwise. `tick` (called every second or so) prints a heartbeat when nothing
 * was printed for ten seconds. States inside Map iterations are summarised by the Map line.
 */
export class ProgressReporter {
  private readonly entered = new Map<string, { at: number; machine: string; name: string }>();
  private readonly maps = new Map<string, MapProgress>();
  private readonly timing: ProgressTiming;
  private phase?: { text: string; at: number };
  private lastLineAt: number;

  constructor(
    private readonly sink: ProgressSink,
    private readonly itemsPathOf: (mapState: string) => string | undefined = () => undefined,
    timing: Partial<ProgressTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
    this.lastLineAt = this.timing.now();
  }

  /** Reports a phase of the run ("building 7 functions..."); the heartbeat names it until a state is entered. */
  onPhase(text: string): void {
    this.phase = { text, at: this.timing.now() };
    this.line(text);
  }

  /** Prints a heartbeat naming what is running when nothing was printed for `heartbeatMs`. */
  tick(): void {
    const now = this.timing.now();
    if (now - this.lastLineAt < this.timing.heartbeatMs) return;
    const running = [...this.entered.values()].map((state) => {
      const map = this.maps.get(`${state.machine}/${state.name}`);
      const items = map ? `, ${map.done}/${map.total ?? '?'} items` : '';
      return `${state.machine} ${state.name} (${Math.round((now - state.at) / 1000)} s${items})`;
    });
    if (running.length > 0) this.line(`  ... still running: ${running.join('; ')}`);
    else if (this.phase) this.line(`  ... ${this.phase.text} (${Math.round((now - this.phase.at) / 1000)} s)`);
    else this.line('  ... still running');
  }

  /** Reports one history event. */
  onEvent(machine: string, event: HistoryEvent): void {
    const state = (event.state ?? {}) as StateRef;
    const name = state.name ?? '';
    const nested = event.index !== undefined;
    switch (event.type) {
      case 'StateEntered':
        if (nested) return;
        this.phase = undefined;
        this.entered.set(`${machine}/${name}`, { at: event.timestamp, machine, name });
        if (state.type === 'Map') {
          const total = itemsCount(state.input, this.itemsPathOf(name));
          this.maps.set(`${machine}/${name}`, { done: 0, failed: 0, total, printedAt: undefined, printedDone: 0 });
        }
        this.line(`${machine} > ${name} (${state.type})`);
        return;
      case 'StateExited': {
        if (nested) return;
        this.flushMap(machine, name);
        const started = this.entered.get(`${machine}/${name}`)?.at ?? event.timestamp;
        this.entered.delete(`${machine}/${name}`);
        this.line(`${machine} < ${name} ${event.timestamp - started} ms`);
        return;
      }
      case 'MapIterationSucceeded':
      case 'MapIterationFailed':
        this.onIteration(machine, event);
        return;
      case 'StateRetried': {
        const retry = event.retry as { attempt?: number } | undefined;
        this.line(`${machine}   retry ${name} (attempt ${(retry?.attempt ?? 0) + 1})`);
        return;
      }
      case 'StateCaught':
        if (!nested) this.line(`${machine}   caught error in ${name}`);
        return;
      case 'StateFailed':
        if (!nested) this.line(`${machine}   ${name} failed: ${String(event.Error)}`);
        return;
      default:
        return;
    }
  }

  private onIteration(machine: string, event: HistoryEvent): void {
    const parent = ((event.parentState ?? {}) as StateRef).name ?? '';
    const key = `${machine}/${parent}`;
    const progress = this.maps.get(key) ?? { done: 0, failed: 0, printedDone: 0 };
    this.maps.set(key, progress);
    progress.done += 1;
    if (event.type === 'MapIterationFailed') progress.failed += 1;
    const now = this.timing.now();
    const finished = progress.total !== undefined && progress.done >= progress.total;
    const due = progress.printedAt === undefined || now - progress.printedAt >= this.timing.mapIntervalMs;
    if (finished || due) this.printMap(machine, parent, progress, now);
  }

  /** Prints a Map's last progress when iterations finished since its last line. */
  private flushMap(machine: string, name: string): void {
    const progress = this.maps.get(`${machine}/${name}`);
    if (progress && progress.done > progress.printedDone) this.printMap(machine, name, progress, this.timing.now());
    this.maps.delete(`${machine}/${name}`);
  }

  private printMap(machine: string, name: string, progress: MapProgress, now: number): void {
    progress.printedAt = now;
    progress.printedDone = progress.done;
    const text = mapProgressLine(machine, name, progress);
    this.lastLineAt = now;
    if (this.sink.redraw) this.sink.redraw(text);
    else this.sink.write(text);
  }

  private line(text: string): void {
    this.lastLineAt = this.timing.now();
    this.sink.write(text);
  }
}
