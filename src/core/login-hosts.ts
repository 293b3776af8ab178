/**
 * The generic install and login hosts, and the kinds of org: apart from the host table
 * (./hosts.ts) because the installer's guards and identity need only these, and a content chunk
 * that imported the host table would carry all of it (vite.config.ts, the first stage).
 */

export type Environment =
  | 'production'
  | 'sandbox'
  | 'developer'
  | 'scratch'
  | 'trailhead'
  | 'demo'
  | 'unknown';

/**
 * Generic install/login hosts and the environment a package link on them installs into.
 * The .mil and .cn pairs mirror the commercial pair [judgment: login.salesforce.mil and
 * login/test.sfcrmproducts.cn are used by public tooling; test.salesforce.mil by symmetry].
 */
export const GENERIC_LOGIN_HOSTS: Readonly<Record<string, Environment>> = Object.freeze({
  'login.salesforce.com': 'production',
  'test.salesforce.com': 'sandbox',
  'login.salesforce.mil': 'production',
  'test.salesforce.mil': 'sandbox',
  'login.sfcrmproducts.cn': 'production',
  'test.sfcrmproducts.cn': 'sandbox',
});
