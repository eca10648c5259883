/**
 * serverless.yml's `functions: ${file(./deploy/functions.cjs)}`: compiles functions.ts (which
 * reads the routing table in src/domain) with esbuild, then builds the block for this stage's
 * parameters. Serverless loads variable files with require(), hence this small CommonJS shim.
 */
'use strict';
const { randomUUID } = require('node:crypto');
const { rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildSync } = require('esbuild');

function loadFunctionsModule() {
  const outfile = path.join(os.tmpdir(), `issuing-serverless-functions-${process.pid}-${randomUUID()}.cjs`);
  buildSync({
    entryPoints: [path.join(__dirname, 'functions.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  try {
    return require(outfile);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** Serverless prints an error of this name as its message alone, without a stack trace. */
class ServerlessError extends Error {}

module.exports = async (context) => {
  try {
    return await functionsFor(context);
  } catch (error) {
    if (error instanceof Error && error.name === 'DeployParameterError') {
      throw new ServerlessError(`Cannot resolve variable at "functions": ${error.message}`);
    }
    throw error;
  }
};

async function functionsFor({ resolveVariable }) {
  const { serverlessFunctions, vpcFromParameters } = loadFunctionsModule();
  const kind = await resolveVariable('param:kind');
  const environment = await resolveVariable(`self:custom.environments.${kind}`);
  if (kind !== 'aws') return serverlessFunctions({ kind, environment });
  return serverlessFunctions({
    kind,
    environment,
    databaseConnections: Number(await resolveVariable('param:databaseConnections')),
    vpc: vpcFromParameters(await resolveVariable('param:vpcSubnetIds'), await resolveVariable('param:vpcSecurityGroupIds')),
  });
}
