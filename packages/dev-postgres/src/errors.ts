/** Named error: the port is taken by something that is not our PostgreSQL. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} on 127.0.0.1 is already in use`);
    this.name = 'PortInUseError';
  }
}

/** PostgreSQL could not be prepared or started; the message is one line saying what to change. */
export class PostgresStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PostgresStartError';
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
