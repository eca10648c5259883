export { DEMO_USER_ID, DEV_AWS_REGION, DEV_DATA_DIR, DEV_PORTS, REPO_ROOT } from './dev-values.js';
export { DevSecretsError, devSecretsFile, loadDevSecrets, type DevSecrets } from './dev-secrets.js';
export { hasuraJwtSecret, hmacKeyOf, mintDevToken, type DevTokenOptions, type HmacAlgorithm } from './dev-token.js';
