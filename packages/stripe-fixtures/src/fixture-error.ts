/** Raised when a fixture is asked for something Stripe could never produce (bad options, empty lists). */
export class FixtureError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FixtureError';
  }
}
