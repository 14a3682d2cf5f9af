import { type ConsoleText, Search } from './console.ts';
import type { CheckRecord, Milestone } from './session-types.ts';

/** The ordered milestones: each is searched for after the previous one's match. */
export class MilestoneTracker {
  private index = 0;
  private cursor = 0;
  private search: Search | undefined;
  private readonly times: number[] = [];
  private failed: { index: number; seconds: number; message: string } | undefined;

  constructor(
    private readonly milestones: readonly Milestone[],
    private readonly console: ConsoleText,
    private readonly onPassed: (milestone: Milestone) => void,
  ) {}

  get done(): boolean {
    return this.index === this.milestones.length;
  }

  /** The milestone being waited for. */
  get current(): Milestone | undefined {
    return this.milestones[this.index];
  }

  /** Pass every milestone the console shows now, in order. */
  advance(seconds: number): void {
    while (this.index < this.milestones.length) {
      const milestone = this.milestones[this.index] as Milestone;
      this.search ??= new Search(milestone.pattern, this.cursor);
      const found = this.console.next(this.search);
      if (!found) return;
      this.search = undefined;
      this.cursor = found.end;
      this.times.push(seconds);
      this.onPassed(milestone);
      this.index++;
    }
  }

  /** The first pending milestone whose own deadline has passed, recorded as failed; its message. */
  overdue(nowMs: number, seconds: number): string | undefined {
    for (let i = this.index; i < this.milestones.length; i++) {
      const limit = this.milestones[i]?.timeoutMs;
      if (limit !== undefined && nowMs >= limit) {
        const message = `'${this.milestones[i]?.name}' did not appear within ${limit / 1000} s`;
        this.failed = { index: i, seconds, message };
        return message;
      }
    }
    return undefined;
  }

  /** The deadlines (ms from the start) of the pending milestones. */
  deadlines(): number[] {
    return this.milestones.slice(this.index).flatMap((m) => (m.timeoutMs === undefined ? [] : [m.timeoutMs]));
  }

  /** Nothing before this offset will be searched again by the milestones. */
  releasePoint(): number | undefined {
    if (this.done) return undefined;
    return this.search ? this.console.resumePoint(this.search) : this.cursor;
  }

  checks(verdict: { outcome: string; reason: string } | undefined, failedAt: number | undefined): CheckRecord[] {
    return this.milestones.map((m, i): CheckRecord => {
      const seconds = this.times[i];
      if (seconds !== undefined) return { kind: 'milestone', name: m.name, status: 'passed', seconds };
      if (this.failed?.index === i) {
        return { kind: 'milestone', name: m.name, status: 'failed', seconds: this.failed.seconds, message: this.failed.message };
      }
      if (i === this.index && verdict?.outcome !== 'passed') {
        return { kind: 'milestone', name: m.name, status: 'failed', seconds: failedAt, message: verdict?.reason };
      }
      return { kind: 'milestone', name: m.name, status: 'not reached' };
    });
  }
}
