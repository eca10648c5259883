/** Seeding failed; the message says what to do, `cause` keeps the underlying error. */
export class SeedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SeedError';
  }
}
