/** One measured figure with its target, as the bench reports it. */
export interface Measurement {
  readonly section: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** Human-readable target, e.g. "< 2 ms"; absent when the issue names none. */
  readonly target?: string;
  /** Whether the value meets the target; absent when there is no target. */
  readonly met?: boolean;
}

export interface SectionResult {
  readonly section: string;
  readonly measurements: Measurement[];
  readonly details: Record<string, unknown>;
}

export type Log = (line: string) => void;

export function below(section: string, metric: string, value: number, unit: string, limit: number): Measurement {
  return { section, metric, value, unit, target: `< ${limit} ${unit}`, met: value < limit };
}

export function atMost(section: string, metric: string, value: number, unit: string, limit: number): Measurement {
  return { section, metric, value, unit, target: `<= ${limit} ${unit}`, met: value <= limit };
}

export function atLeast(section: string, metric: string, value: number, unit: string, limit: number): Measurement {
  return { section, metric, value, unit, target: `>= ${limit} ${unit}`, met: value >= limit };
}

export function info(section: string, metric: string, value: number, unit: string): Measurement {
  return { section, metric, value, unit };
}

/** A fixed-width table of every measurement. */
export function formatTable(results: readonly SectionResult[]): string {
  const rows = results.flatMap((result) => result.measurements);
  const header = ['section', 'metric', 'value', 'target', 'met'];
  const body = rows.map((row) => [
    row.section,
    row.metric,
    `${row.value} ${row.unit}`,
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}
