import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeadLetterStore, type DeadLetterStore } from '../../src/adapters/dead-letter-store.js';
import { withLocalDeadLetters } from '../../src/handlers/with-local-dead-letters.js';
import { createLogger } from '../../src/logger.js';

const silent = createLogger({}, { sink: () => undefined });
const envelope = { id: 'eb-1', source: 'stripe', 'detail-type': 'issuing_card.created', detail: { id: 'evt_1Letter', type: 'issuing_card.created' } };

let dir: string;
let store: DeadLetterStore;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'letters-'));
  store = createDeadLetterStore(dir);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function failingTimes(times: number): () => Promise<void> {
  let calls = 0;
  return () => {
    calls += 1;
    return calls <= times ? Promise.reject(new Error(`database unavailable (call ${calls})`)) : Promise.resolve();
  };
}

describe('local dead-letter store around a persistence handler', () => {
  it('keeps a failed delivery on disk under <function>/<event id>.json, counts attempts and rethrows', async () => {
    const handler = withLocalDeadLetters('persistCards', failingTimes(Infinity), () => store, silent);

    await expect(handler(envelope)).rejects.toThrow('database unavailable (call 1)');
    await expect(handler(envelope)).rejects.toThrow('database unavailable (call 2)');

    const { letters } = await store.list();
    expect(letters.map(({ file }) => path.relative(dir, file))).toEqual([path.join('persistCards', 'evt_1Letter.json')]);
    expect(letters[0]?.letter).toMatchObject({ functionName: 'persistCards', eventId: 'evt_1Letter', attempts: 2, envelope, error: { message: 'database unavailable (call 2)' } });
  });

  it('removes the letter when a later attempt succeeds', async () => {
    const handler = withLocalDeadLetters('persistCards', failingTimes(1), () => store, silent);

    await expect(handler(envelope)).rejects.toThrow();
    await handler(envelope);

    expect(await store.list()).toEqual({ letters: [], unreadable: [] });
    expect(await readdir(path.join(dir, 'persistCards'))).toEqual([]);
  });

  it('without a store (AWS stages) it only rethrows', async () => {
    const handler = withLocalDeadLetters('persistCards', failingTimes(Infinity), () => undefined, silent);
    await expect(handler(envelope)).rejects.toThrow('database unavailable');
    expect(await readdir(dir)).toEqual([]);
  });

  it('two deliveries of one event failing at the same moment both land: no shared temporary file, every attempt counted', async () => {
    // Prepare
    const handler = withLocalDeadLetters('persistCards', failingTimes(Infinity), () => store, silent);

    // Act: many concurrent failures of the same event in one process.
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => handler(envelope)));

    // Assert: each rethrew the handler's own error (none was a dead-letter write error).
    expect(results.every((result) => result.status === 'rejected' && String(result.reason).includes('database unavailable'))).toBe(true);
    const { letters, unreadable } = await store.list();
    expect(unreadable).toEqual([]);
    expect(letters.map(({ letter }) => letter.attempts)).toEqual([20]);
    expect(await readdir(path.join(dir, 'persistCards'))).toEqual(['evt_1Letter.json']);
  });

  it('lists a file that is not a dead letter as unreadable, with the reason, next to the readable ones', async () => {
    // Prepare
    const handler = withLocalDeadLetters('persistCards', failingTimes(Infinity), () => store, silent);
    await expect(handler(envelope)).rejects.toThrow();
    await writeFile(path.join(dir, 'persistCards', 'evt_1Broken.json'), '{"functionName": "persistCards", "eventId": ');
    await mkdir(path.join(dir, 'recordEvent'));
    await writeFile(path.join(dir, 'recordEvent', 'evt_1Shape.json'), '{"hello": "world"}');

    // Act
    const { letters, unreadable } = await store.list();

    // Assert
    expect(letters.map(({ letter }) => letter.eventId)).toEqual(['evt_1Letter']);
    expect(unreadable).toEqual([
      { file: path.join(dir, 'persistCards', 'evt_1Broken.json'), reason: expect.stringMatching(/^is not JSON: /) },
      { file: path.join(dir, 'recordEvent', 'evt_1Shape.json'), reason: 'is not a dead letter (needs functionName, eventId, attempts, envelope)' },
    ]);
  });
});
