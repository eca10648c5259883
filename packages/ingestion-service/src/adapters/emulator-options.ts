/**
 * Client options for an AWS emulator (the offline EventBridge mock, LocalStack): its endpoint and
 * dummy credentials, so no credential chain (and no instance metadata) is ever consulted.
 */
export function emulatorOptions(endpoint: string | undefined): {
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
} {
  if (endpoint === undefined) return {};
  return { endpoint, credentials: { accessKeyId: 'offline-dummy-key', secretAccessKey: 'offline-dummy-secret' } };
}
