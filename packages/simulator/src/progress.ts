import type { SimulationSummary } from './summary.js';

export interface ProgressReporter {
  update(done: number, total: number, summary: SimulationSummary): void;
  finish(): void;
}

const BAR_WIDTH = 30;

/**
 * On a terminal, a bar redrawn in place (at most every 100 ms); elsewhere (CI, pipes), a plain
 * line every 2 seconds, so logs stay readable.
 */
export function createProgressReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const tty = stream.isTTY === true;
  const interval = tty ? 100 : 2000;
  let last = 0;
  let drawn = false;
  const line = (done: number, total: number, s: SimulationSummary): string =>
    `${done}/${total} sent, ${s.accepted} accepted, ${s.rejected} rejected, ${s.approved} approved, ${s.declined} declined`;
  return {
    update(done, total, summary) {
      const now = Date.now();
      if (now - last < interval && done < total) return;
      last = now;
      if (tty) {
        const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
        const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
        stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}% ${line(done, total, summary)}\x1b[K`);
        drawn = true;
      } else {
        stream.write(`progress: ${line(done, total, summary)}\n`);
      }
    },
    finish() {
      if (tty && drawn) stream.write('\n');
    },
  };
}
