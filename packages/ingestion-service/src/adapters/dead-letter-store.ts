/**
 * Local dead-letter store (offline stage only), the stand-in for the SQS queues of AWS:
 * `<dir>/<function>/<stripe event id>.json` holds the EventBridge envelope, the last error and the
 * number of failed attempts. Written on every failure, removed on a later success.
 * Writes go to a uniquely named temporary file renamed over the letter (atomic), and the writes
 * of one letter are queued within the process, so two deliveries of one event failing at the
 * same moment neither collide nor lose an attempt.
 */
import { randomUUID } from 'node:crypto';
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

interface DeadLetterListing {
  letters: { file: string; letter: DeadLetter }[];
  /** `.json` files that are not readable dead letters (unreadable, not JSON, wrong shape). */
  unreadable: { file: string; reason: string }[];
}

export interface DeadLetterStore {
  readonly dir: string;
  recordFailure(functionName: string, eventId: string, envelope: unknown, error: unknown): Promise<DeadLetter>;
  clear(functionName: string, eventId: string): Promise<void>;
  list(): Promise<DeadLetterListing>;
  remove(file: string): Promise<void>;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The letter in `file`; undefined when there is none; DeadLetterStoreError (saying why) when it is unreadable. */
async function readLetter(file: string): Promise<DeadLetter | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if (isMissing(cause)) return undefined;
    throw new DeadLetterStoreError('cannot be read', { cause });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new DeadLetterStoreError('is not JSON', { cause });
  }
  if (!isDeadLetter(parsed)) throw new DeadLetterStoreError('is not a dead letter (needs functionName, eventId, attempts, envelope)');
  return parsed;
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

export function createDeadLetterStore(dir: string): DeadLetterStore {
  const fileOf = (functionName: string, eventId: string): string => path.join(dir, functionName, fileName(eventId));
  // The write in progress per letter file: the next write of that letter waits for it.
  const writing = new Map<string, Promise<unknown>>();
  const queued = <T>(file: string, work: () => Promise<T>): Promise<T> => {
    const previous = writing.get(file) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    writing.set(file, settled);
    void settled.then(() => {
      if (writing.get(file) === settled) writing.delete(file);
    });
    return next;
  };
  return {
    dir,
    recordFailure(functionName, eventId, envelope, error) {
      const file = fileOf(functionName, eventId);
      return queued(file, async () => {
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
          // Write then rename: a crash never leaves a half-written letter, and a temporary name of
          // its own per write means no two writers ever share one.
          const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
          await writeFile(temporary, `${JSON.stringify(letter, null, 2)}\n`);
          await rename(temporary, file);
        } catch (cause) {
          throw new DeadLetterStoreError(`could not write dead letter ${file}`, { cause });
        }
        return letter;
      });
    },
    clear(functionName, eventId) {
      const file = fileOf(functionName, eventId);
      return queued(file, () => rm(file, { force: true }));
    },
    async list() {
      const listing: DeadLetterListing = { letters: [], unreadable: [] };
      let functions: string[];
      try {
        functions = await readdir(dir);
      } catch {
        return listing;
      }
      for (const functionName of functions.sort()) {
        let files: string[];
        try {
          files = await readdir(path.join(dir, functionName));
        } catch {
          continue;
        }
        for (const name of files.filter((entry) => entry.endsWith('.json')).sort()) {
          const file = path.join(dir, functionName, name);
          try {
            const letter = await readLetter(file);
            if (letter) listing.letters.push({ file, letter });
          } catch (error) {
            listing.unreadable.push({ file, reason: reasonOf(error) });
          }
        }
      }
      return listing;
    },
    async remove(file) {
      await rm(file, { force: true });
    },
  };
}
