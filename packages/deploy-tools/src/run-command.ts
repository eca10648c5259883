/** Runs an external program (docker, stripe) and captures its output, never throwing on a missing one. */
import { execFile } from 'node:child_process';

export interface CommandResult {
  /** false when the program is not on PATH. */
  found: boolean;
  code: number;
  stdout: string;
  stderr: string;
}

export function runCommand(command: string, args: string[], timeoutMs = 30_000): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error === null) {
        resolve({ found: true, code: 0, stdout, stderr });
        return;
      }
      const missing = 'code' in error && error.code === 'ENOENT';
      resolve({ found: !missing, code: typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

/** The first non-empty line of a program's output, for a one-line error. */
export function firstLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
}
