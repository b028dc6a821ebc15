/**
 * The process-wide budget of bytes held in partial frames. A connection that holds more than its fair share while
 * the budget is exceeded is paused (TCP backpressure: the bytes wait in the kernel and at the sender) until the
 * total falls under half the budget; small frames of other connections keep flowing. Paused connections are still
 * reaped by the per-frame deadline, so a stalled sender cannot hold its share for long.
 */

/** What the budget can pause and resume (a net.Socket). */
export interface Pausable {
  pause(): unknown;
  resume(): unknown;
}

export class PendingBudget {
  private total = 0;
  private readonly paused = new Set<Pausable>();

  /**
   * @param limitBytes total partial-frame bytes before connections are paused
   * @param fairShareBytes a connection holding no more than this is never paused
   */
  constructor(
    readonly limitBytes: number,
    readonly fairShareBytes = 64 * 1024,
  ) {}

  /** Bytes currently held across connections. */
  get bytes(): number {
    return this.total;
  }

  /** Connections currently paused. */
  get pausedCount(): number {
    return this.paused.size;
  }

  /** Records that `connection` now holds `held` bytes (was `previous`); pauses it when over budget. */
  update(connection: Pausable, previous: number, held: number): void {
    this.total += held - previous;
    if (this.total > this.limitBytes && held > this.fairShareBytes && !this.paused.has(connection)) {
      this.paused.add(connection);
      connection.pause();
    } else if (this.total <= this.limitBytes / 2) this.resumeAll();
  }

  /** Forgets a closed connection and what it held. */
  release(connection: Pausable, held: number): void {
    this.paused.delete(connection);
    this.total -= held;
    if (this.total <= this.limitBytes / 2) this.resumeAll();
  }

  private resumeAll(): void {
    const paused = [...this.paused];
    this.paused.clear();
    for (const connection of paused) connection.resume();
  }
}
