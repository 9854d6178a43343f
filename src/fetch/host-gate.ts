/**
 * Politeness per host: at most `concurrency` requests at once and at least `intervalMs`
 * between the starts of two requests. A request waits here BEFORE it takes a slot in the
 * global queue, so a slow host never holds global slots while it waits its turn.
 */

interface HostState {
  active: number;
  waiters: Array<() => void>;
  /** Earliest start handed out so far + interval: the next reservation. */
  nextStart: number;
  /** When the last request to the host really started (inside the global queue). */
  lastStart: number;
  /** Starts are taken one after another, each timed from the real start before it. */
  startTurn: Promise<void>;
  intervalMs: number;
}

/** Waits `ms` milliseconds (resolves at once for 0 or less). */
export const sleep = (ms: number): Promise<void> => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

export class HostGate {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly concurrency: number,
    private readonly intervalMs: number,
  ) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, waiters: [], nextStart: 0, lastStart: -Infinity, intervalMs: this.intervalMs, startTurn: Promise.resolve() };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Raise a host's interval (robots.txt Crawl-delay); never lowers the configured one. */
  raiseInterval(host: string, ms: number): void {
    const s = this.state(host);
    s.intervalMs = Math.max(s.intervalMs, ms);
  }

  intervalOf(host: string): number {
    return this.state(host).intervalMs;
  }

  /**
   * Run `fn` under the host's limits. `fn` receives `started`, which it calls once it holds
   * its global slot: it waits, if needed, so real starts are `intervalMs` apart even when the
   * global queue reordered or delayed requests.
   */
  async run<T>(host: string, fn: (started: () => Promise<void>) => Promise<T>): Promise<T> {
    const s = this.state(host);
    if (s.active >= this.concurrency) await new Promise<void>((resolve) => s.waiters.push(resolve));
    else s.active++;
    try {
      const now = Date.now();
      const at = Math.max(now, s.nextStart);
      s.nextStart = at + s.intervalMs;
      await sleep(at - now);
      // The interval is kept between real starts: each start waits its turn, sleeps until
      // the interval since the previous real start has passed, then records the time it
      // actually started. A start delayed by a busy event loop pushes the next one back
      // instead of letting the two go out together.
      return await fn(() => {
        const turn = s.startTurn.then(async () => {
          await sleep(s.lastStart + s.intervalMs - Date.now());
          s.lastStart = Date.now();
        });
        s.startTurn = turn.catch(() => {});
        return turn;
      });
    } finally {
      const next = s.waiters.shift();
      // Hand the slot straight to the next waiter (active stays the same), or free it.
      if (next) next();
      else s.active--;
    }
  }
}
