/**
 * How every script here fails: one line on stderr that says what is missing and what to do, and
 * exit code 1. No stack traces.
 */

/** Something the script needs is missing or wrong; the message is the one line to print. */
export class CliError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

/** Runs a script's main; prints the error as one line prefixed with the script's name. */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${oneLine(error)}\n`);
      process.exitCode = 1;
    },
  );
}
