import { isPortOpen } from '@issuing/kernel';

export class PortsInUseError extends Error {
  constructor(readonly taken: ReadonlyArray<{ name: string; port: number; envVar: string }>) {
    super(
      taken
        .map((entry) => `port ${entry.port} (${entry.name}) is already in use on 127.0.0.1; stop what uses it or set ${entry.envVar}`)
        .join('; '),
    );
    this.name = 'PortsInUseError';
  }
}

/** Fails with one readable error naming every port that something already listens on. */
export async function assertPortsFree(
  ports: ReadonlyArray<{ name: string; port: number; envVar: string }>,
): Promise<void> {
  const results = await Promise.all(ports.map(async (entry) => ({ entry, open: await isPortOpen(entry.port) })));
  const taken = results.filter((result) => result.open).map((result) => result.entry);
  if (taken.length > 0) throw new PortsInUseError(taken);
}
