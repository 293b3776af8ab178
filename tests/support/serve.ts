/**
 * Run the Salesforce replica server by hand, e.g. to look at the pages in a browser:
 *
 *   chromium --host-resolver-rules="<printed rules>" --ignore-certificate-errors \
 *     https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home
 *
 * Exports main(); how it is launched (tsx, vitest, a build step) is up to the caller.
 * PORT (default 8443) picks the port.
 */

import { pathToFileURL } from 'node:url';
import { CPQ_ID, STRIPE_ID } from '../fixtures/salesforce/catalog';
import { DEFAULT_USER_ID } from '../fixtures/salesforce/state';
import type { ReplicaServer } from './replica-server';
import { startReplicaServer } from './replica-server';

export async function main(port = Number(process.env.PORT ?? 8443)): Promise<ReplicaServer> {
  const server = await startReplicaServer({ port });
  const urls = [
    'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    'https://acme--uat.sandbox.lightning.force.com/lightning/setup/ImportedPackage/home',
    'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
    `https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`)}`,
    'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
    `https://login.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
    `https://test.salesforce.com/packaging/installPackage.apexp?p0=${STRIPE_ID}`,
    `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
    'https://acme--sbqq.vf.force.com/apex/EditSettings (once CPQ is installed in acme)',
    `https://acme.my.salesforce.com/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`,
    'https://install.steelbrick.com/',
  ];
  console.log(`Salesforce replicas on https://127.0.0.1:${server.port}`);
  console.log('\nPages:');
  for (const u of urls) console.log(`  ${u}`);
  console.log('\nChromium flags:');
  console.log(`  --host-resolver-rules="${server.resolverRules}"`);
  console.log('  --ignore-certificate-errors');

  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

const invokedDirectly =
  typeof process.argv[1] === 'string' && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
