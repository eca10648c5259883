/**
 * The push side (the poller) meets the pull side (the socket) through a mailbox that keeps only the
 * newest value: a slow client skips intermediate states, as Hasura's live queries do.
 */
export class LatestValueStream<T> implements AsyncIterableIterator<T> {
  private pending: { value: T } | null = null;
  private failure: { error: unknown } | null = null;
  private done = false;
  private waiter: (() => void) | null = null;

  constructor(private readonly onEnd: () => void) {}

  /** True while a value waits for the consumer (a producer that must not drop values waits for it). */
  get waiting(): boolean {
    return this.pending !== null;
  }

  /** Offers a new value; replaces one the consumer has not taken yet. */
  push(value: T): void {
    if (this.done) return;
    this.pending = { value };
    this.wake();
  }

  /** Ends the stream with an error (thrown to the consumer once it has taken what is pending). */
  fail(error: unknown): void {
    if (this.done) return;
    this.failure = { error };
    this.wake();
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.pending) {
        const { value } = this.pending;
        this.pending = null;
        return { value, done: false };
      }
      if (this.failure) {
        const { error } = this.failure;
        this.finish();
        throw error;
      }
      if (this.done) return { value: undefined, done: true };
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.pending = null;
    this.failure = null;
    this.wake();
    this.onEnd();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }
}
