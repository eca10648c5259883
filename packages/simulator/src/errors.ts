/** The command line was wrong (unknown flag, bad value); the message says which. */
export class SimulatorUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimulatorUsageError';
  }
}

/** The webhook could not be reached at all; `cause` holds the network error. */
export class SimulatorConnectionError extends Error {
  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SimulatorConnectionError';
  }
}
