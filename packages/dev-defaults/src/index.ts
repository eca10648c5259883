export { DEMO_USER_ID, DEV_AWS_REGION, DEV_PORTS, REPO_ROOT } from './dev-values.js';
export { DevSecretsError, devSecretsFile, loadDevSecrets, type DevSecrets } from './dev-secrets.js';
export { hasuraJwtSecret, hmacKeyOf, mintDevToken } from './dev-token.js';
