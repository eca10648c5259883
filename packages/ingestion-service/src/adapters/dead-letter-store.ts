/**
 * Local dead-letter store (offline stage only), the stand-in for the SQS queues of AWS:
 * `<dir>/<function>/<stripe event id>.json` holds the EventBridge envelope, the last error and the
 * number of failed attempts. Written on every failure, removed on a later success.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError, type LogFields } from '../logger.js';
import { isRecord } from '@issuing/kernel';

export interface DeadLetter {
  functionName: string;
  eventId: string;
  /** The EventBridge event the function received (detail = the Stripe event). */
  envelope: unknown;
  error: LogFields;
  attempts: number;
  firstFailedAt: string;
  lastFailedAt: string;
}

class DeadLetterStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeadLetterStoreError';
  }
}

/** Event ids become file names: keep them to a safe alphabet. */
function fileName(eventId: string): string {
  return `${eventId.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`;
}

function isDeadLetter(value: unknown): value is DeadLetter {
  if (!isRecord(value)) return false;
  const record = value;
  return (
    typeof record.functionName === 'string' &&
    typeof record.eventId === 'string' &&
    typeof record.attempts === 'number' &&
    'envelope' in record
  );
}

export interface DeadLetterStore {
  readonly dir: string;
  recordFailure(functionName: string, eventId: string, envelope: unknown, error: unknown): Promise<DeadLetter>;
  clear(functionName: string, eventId: string): Promise<void>;
  list(): Promise<{ file: string; letter: DeadLetter }[]>;
  remove(file: string): Promise<void>;
}

async function readLetter(file: string): Promise<DeadLetter | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed: unknown = JSON.parse(text);
  if (!isDeadLetter(parsed)) throw new DeadLetterStoreError(`${file} is not a dead letter`);
  return parsed;
}

export function createDeadLetterStore(dir: string): DeadLetterStore {
  const fileOf = (functionName: string, eventId: string): string => path.join(dir, functionName, fileName(eventId));
  return {
    dir,
    async recordFailure(functionName, eventId, envelope, error) {
      const file = fileOf(functionName, eventId);
      const now = new Date().toISOString();
      const previous = await readLetter(file).catch(() => undefined);
      const letter: DeadLetter = {
        functionName,
        eventId,
        envelope,
        error: describeError(error),
        attempts: (previous?.attempts ?? 0) + 1,
        firstFailedAt: previous?.firstFailedAt ?? now,
        lastFailedAt: now,
      };
      try {
        await mkdir(path.dirname(file), { recursive: true });
        // Write then rename: a crash never leaves a half-written letter.
        const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(temporary, `${JSON.stringify(letter, null, 2)}\n`);
        await rename(temporary, file);
      } catch (cause) {
        throw new DeadLetterStoreError(`could not write dead letter ${file}`, { cause });
      }
      return letter;
    },
    async clear(functionName, eventId) {
      await rm(fileOf(functionName, eventId), { force: true });
    },
    async list() {
      let functions: string[];
      try {
        functions = await readdir(dir);
      } catch {
        return [];
      }
      const letters: { file: string; letter: DeadLetter }[] = [];
      for (const functionName of functions.sort()) {
        let files: string[];
        try {
          files = await readdir(path.join(dir, functionName));
        } catch {
          continue;
        }
        for (const name of files.filter((entry) => entry.endsWith('.json')).sort()) {
          const file = path.join(dir, functionName, name);
          const letter = await readLetter(file);
          if (letter) letters.push({ file, letter });
        }
      }
      return letters;
    },
    async remove(file) {
      await rm(file, { force: true });
    },
  };
}
