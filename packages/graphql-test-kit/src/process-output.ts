/** Waiting on what a started process (npm start, a server) prints. */
import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with everything the child printed (stdout and stderr) once it matches `pattern`;
 * rejects when the child exits first or after `timeoutMs`, with the output so far.
 */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('utf8');
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the process exited early with code ${code}; output:\n${seen}`));
    });
  });
}
