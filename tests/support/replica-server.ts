/**
 * Local HTTPS replicas of the Salesforce pages the extension works on, served under the real
 * Salesforce host names. Chromium is started with `--host-resolver-rules` (see `resolverRules`)
 * mapping those hosts to this server, and accepts its self-signed certificate.
 *
 * Routing is by Host header and path. The host parser is the test world's own
 * (tests/fixtures/salesforce/hosts.ts): nothing here imports from src/.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { AURA_INSTALLER_PATH, renderAuraInstaller } from '../fixtures/salesforce/aura-installer';
import {
  compareVersions,
  findPackageVersion,
  NAMESPACE_NAMES,
} from '../fixtures/salesforce/catalog';
import { routeConfigPages } from '../fixtures/salesforce/config-routes';
// issue #18's replicas (App Launcher, record pages, Stripe setup app, Payment Center)
import {
  routeStripeSignIn,
  routeWorkPages,
  type WorkPageAnswer,
} from '../fixtures/salesforce/config-routes-18';
import {
  BILLING_SETTINGS,
  CPQ_SETTINGS,
  handleSettingsPost,
  renderSettingsPage,
  renderSettingsTab,
} from '../fixtures/salesforce/cpq-settings';
import { renderHeavyLightning } from '../fixtures/salesforce/heavy-lightning';
import type { ParsedHost } from '../fixtures/salesforce/hosts';
import {
  hostFor,
  myDomainHostOfSession,
  parseHost,
  RESOLVED_HOST_PATTERNS,
} from '../fixtures/salesforce/hosts';
import { CSS_PATH, fixtureFile, notFoundPage, pageScriptSource } from '../fixtures/salesforce/html';
import { renderInstallPage } from '../fixtures/salesforce/install-page';
import { renderInstalledPackages } from '../fixtures/salesforce/installed-packages';
import type { SetupPage } from '../fixtures/salesforce/lightning-shell';
import { renderLightningShell } from '../fixtures/salesforce/lightning-shell';
import {
  handleRemoteAccessPost,
  renderRemoteAccessPage,
  renderRemoteAccessResult,
} from '../fixtures/salesforce/remote-access';
import type { OrgState, Pkg, SecurityOption } from '../fixtures/salesforce/state';
import { createOrgState, formatDate } from '../fixtures/salesforce/state';
import {
  renderSteelbrickInstallSite,
  resetSteelbrickSite,
} from '../fixtures/salesforce/steelbrick';
import { STRIPE_SIGN_IN_HOST } from '../fixtures/salesforce/stripe-sign-in';
import { renderUserDetail } from '../fixtures/salesforce/user-detail';
import { replicaFrameFor, type SnapshotReplica } from './snapshot-replica';

export type {
  InstallAttempt,
  OrderSettings,
  OrgState,
  Pkg,
  SecurityOption,
  UserRecord,
} from '../fixtures/salesforce/state';

export interface ReplicaServer {
  port: number;
  /** Chromium --host-resolver-rules value mapping every Salesforce host family (and install.steelbrick.com) to 127.0.0.1:port */
  resolverRules: string;
  /** mutable per-org world state; orgs are created on first access with defaults */
  org(name: string): OrgState;
  /**
   * generic login hosts: when set (an org name such as `acme` / `acme--uat` / `acme-dev-ed`, or a
   * full My Domain host), /packaging/installPackage.apexp on login.salesforce.com (production) /
   * test.salesforce.com (sandbox) answers 302 to that org's My Domain host, same path+query; when
   * null the install page renders on the generic host itself (org `login` / `test`).
   */
  sessions: { production: string | null; sandbox: string | null };
  reset(): void;
  close(): Promise<void>;
  /**
   * A replica made from a page snapshot (./snapshot-replica.ts): while set, a GET at one of its
   * frames' URLs (My Domain `mydomain`) is answered with that frame's page.
   */
  snapshotReplica: SnapshotReplica | null;
  /** every request seen, for assertions: method, host, path, body (POST) */
  requests: Array<{ method: string; host: string; url: string; body?: string }>;
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=UTF-8',
  'Cache-Control': 'no-cache, must-revalidate, max-age=0, no-store, private',
  'X-Content-Type-Options': 'nosniff',
};

const SECURITY_OPTIONS: SecurityOption[] = ['AdminsOnly', 'AllUsers', 'SpecificProfiles'];

/** A Salesforce record-id path: /005xxxxxxxxxxxx(xxx) */
const USER_PATH = /^\/(005[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?)$/;
/** A managed package page on the org host, redirected to its Visualforce host */
const MANAGED_APEX_PATH = /^\/apex\/([A-Za-z][A-Za-z0-9]*)__([A-Za-z0-9_]+)$/;

async function certificate(): Promise<{ key: string; cert: string }> {
  const dns = [
    'localhost',
    'login.salesforce.com',
    'test.salesforce.com',
    'install.steelbrick.com',
    '*.my.salesforce.com',
    '*.sandbox.my.salesforce.com',
    '*.develop.my.salesforce.com',
    '*.scratch.my.salesforce.com',
    '*.lightning.force.com',
    '*.sandbox.lightning.force.com',
    '*.develop.lightning.force.com',
    '*.my.salesforce-setup.com',
    '*.sandbox.my.salesforce-setup.com',
    '*.develop.my.salesforce-setup.com',
    '*.vf.force.com',
    '*.sandbox.vf.force.com',
    '*.develop.vf.force.com',
    '*.visualforce.com',
    STRIPE_SIGN_IN_HOST,
  ];
  const pems = await generate([{ name: 'commonName', value: '*.my.salesforce.com' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...dns.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

interface InstallBody {
  p0?: unknown;
  securityOption?: unknown;
  profiles?: unknown;
  thirdPartyAccess?: unknown;
}

type InstallResult =
  | { status: 'installed' | 'upgraded'; name: string; version: string }
  | { status: 'pending'; name: string; version: string }
  | { status: 'failed'; message: string };

/** The install itself: dependencies, lock, slow installs, upgrade in place. */
export function performInstall(org: OrgState, body: InstallBody): InstallResult {
  const p0 = typeof body.p0 === 'string' ? body.p0 : '';
  const found = findPackageVersion(p0);
  const securityOption = SECURITY_OPTIONS.includes(body.securityOption as SecurityOption)
    ? (body.securityOption as SecurityOption)
    : 'AdminsOnly';
  const profiles = Array.isArray(body.profiles) ? body.profiles.map(String) : [];
  const attempt = {
    p0,
    name: found?.entry.name ?? '',
    securityOption,
    profiles,
    thirdPartyAccess: body.thirdPartyAccess === true,
    at: new Date().toISOString(),
  };
  const fail = (message: string): InstallResult => {
    org.installs.push({ ...attempt, outcome: 'failed', message });
    return { status: 'failed', message };
  };
  if (!found) {
    return fail('The requested package does not exist or has been deleted.');
  }
  const { id, entry } = found;
  if (org.installLocked) {
    return fail('Only one person in your organization can install or upload a package at a time.');
  }
  if (entry.thirdPartySites.length > 0 && body.thirdPartyAccess !== true) {
    return fail('You must grant access to the third-party websites to install this package.');
  }
  for (const ns of entry.requires) {
    const have = org.installed.find((pkg) => pkg.namespace.toLowerCase() === ns.toLowerCase());
    const min = entry.requiresMinVersion?.[ns] ?? '1.0';
    if (!have || compareVersions(have.version, min) < 0) {
      return fail(
        `A required package is missing: Package "${NAMESPACE_NAMES[ns] ?? ns}", Version ${min} or later must be installed first.`,
      );
    }
  }
  const pkg: Pkg = {
    name: entry.name,
    publisher: entry.publisher,
    version: entry.version,
    namespace: entry.namespace,
    installedOn: formatDate(new Date()),
    description: entry.description,
    installId: id,
  };
  if (org.slowInstall) {
    org.pending.push(pkg);
    org.installs.push({ ...attempt, outcome: 'pending' });
    return { status: 'pending', name: pkg.name, version: pkg.version };
  }
  const i = org.installed.findIndex(
    (x) => x.namespace.toLowerCase() === pkg.namespace.toLowerCase(),
  );
  org.uninstalled = org.uninstalled.filter(
    (x) => x.namespace.toLowerCase() !== pkg.namespace.toLowerCase(),
  );
  if (i >= 0) {
    org.installed[i] = pkg;
    org.installs.push({ ...attempt, outcome: 'upgraded' });
    return { status: 'upgraded', name: pkg.name, version: pkg.version };
  }
  org.installed.push(pkg);
  org.installs.push({ ...attempt, outcome: 'installed' });
  return { status: 'installed', name: pkg.name, version: pkg.version };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function loginPage(p: ParsedHost): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Login | Salesforce</title><link href="${CSS_PATH}" rel="stylesheet"></head>
<body class="loginBody"><div class="oauthPage"><h1>${p.sandbox ? 'Sandbox' : ''} Login</h1><form method="post" action="/"><label for="username">Username</label><br><input type="email" id="username" name="username" class="input r4 wide mb16 mt8 username"><br><label for="password">Password</label><br><input type="password" id="password" name="pw" class="input r4 wide mb16 mt8 password"><br><input class="button r4 wide primary" type="submit" id="Login" name="Login" value="Log In"></form></div></body></html>`;
}

export async function startReplicaServer(opts: { port?: number } = {}): Promise<ReplicaServer> {
  const { key, cert } = await certificate();
  const orgs = new Map<string, OrgState>();
  const requests: ReplicaServer['requests'] = [];
  const sessions: ReplicaServer['sessions'] = { production: null, sandbox: null };
  const api = { snapshotReplica: null } as ReplicaServer;

  const org = (name: string): OrgState => {
    const k = name.toLowerCase();
    let state = orgs.get(k);
    if (!state) {
      state = createOrgState(k);
      orgs.set(k, state);
    }
    return state;
  };

  const send = (
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    headers: Record<string, string> = HTML_HEADERS,
  ): void => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const notFound = (res: ServerResponse): void => send(res, 404, notFoundPage());
  const redirect = (res: ServerResponse, location: string): void => {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-cache' });
    res.end();
  };

  const handleInstallPost = (res: ServerResponse, state: OrgState, body: string): void => {
    let parsed: InstallBody = {};
    try {
      parsed = JSON.parse(body) as InstallBody;
    } catch {
      parsed = {};
    }
    const result = performInstall(state, parsed);
    setTimeout(
      () => send(res, 200, JSON.stringify(result), { 'Content-Type': 'application/json' }),
      Math.max(0, state.installDurationMs),
    );
  };

  const route = (req: IncomingMessage, res: ServerResponse, body: string): void => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'https://replica.invalid');
    const path = url.pathname;
    const query = url.searchParams;

    // static resources, any host
    if (path === CSS_PATH) {
      send(res, 200, fixtureFile('salesforce.css'), { 'Content-Type': 'text/css; charset=UTF-8' });
      return;
    }
    const script = /^\/jslibrary\/\d+\/sfdc\/([A-Za-z]+)\.js$/.exec(path);
    if (script) {
      const source = pageScriptSource(script[1] ?? '');
      if (source === null) notFound(res);
      else send(res, 200, source, { 'Content-Type': 'text/javascript; charset=UTF-8' });
      return;
    }
    if (path === '/s.gif' || path.startsWith('/img/') || path.startsWith('/faces/a4j/')) {
      send(res, 200, GIF, { 'Content-Type': 'image/gif', 'Cache-Control': 'max-age=86400' });
      return;
    }
    if (path === '/favicon.ico') {
      send(res, 204, '', { 'Cache-Control': 'max-age=86400' });
      return;
    }

    const answer = (a: WorkPageAnswer): boolean => {
      if (!a) return false;
      if ('redirect' in a) redirect(res, a.redirect);
      else if (a.status === 404 && !a.html) notFound(res);
      else send(res, a.status, a.html);
      return true;
    };
    if (answer(routeStripeSignIn(req.headers.host ?? '', method, path, query, body))) return;

    const p = parseHost(req.headers.host);
    if (!p) {
      notFound(res);
      return;
    }
    const fromSnapshot =
      api.snapshotReplica && method === 'GET'
        ? replicaFrameFor(api.snapshotReplica, p.host, req.url ?? '/')
        : null;
    if (fromSnapshot) {
      send(res, 200, fromSnapshot.html);
      return;
    }

    if (p.surface === 'steelbrick') {
      if (path === '/' || path === '/index.html') send(res, 200, renderSteelbrickInstallSite());
      else notFound(res);
      return;
    }

    const state = org(p.org);
    const isPost = method === 'POST';
    if (answer(routeWorkPages(p, state, method, path, query, body))) return;

    if (path === '/__replica/install' && isPost && p.surface !== 'vf') {
      handleInstallPost(res, state, body);
      return;
    }

    if (path === AURA_INSTALLER_PATH && !isPost && p.surface !== 'vf') {
      const session = p.sandbox ? sessions.sandbox : sessions.production;
      if (p.surface === 'login' && session) {
        // The org's own installer answers on its Lightning host.
        const myDomain = parseHost(myDomainHostOfSession(session, p.sandbox));
        if (myDomain) {
          redirect(res, `https://${hostFor(myDomain, 'lightning')}${path}${url.search}`);
          return;
        }
      }
      const html = renderAuraInstaller(p, state, query);
      if (html === null) notFound(res);
      else send(res, 200, html);
      return;
    }

    if (p.surface === 'login') {
      if (path === '/packaging/installPackage.apexp' && !isPost) {
        const session = p.sandbox ? sessions.sandbox : sessions.production;
        if (session) {
          redirect(res, `https://${myDomainHostOfSession(session, p.sandbox)}${path}${url.search}`);
          return;
        }
        send(res, 200, renderInstallPage(p, state, query));
        return;
      }
      if (path === '/') {
        send(res, 200, loginPage(p));
        return;
      }
      notFound(res);
      return;
    }

    if (p.surface === 'vf') {
      const spec =
        p.ns === 'sbqq' && path === `/apex/${CPQ_SETTINGS.page}`
          ? CPQ_SETTINGS
          : p.ns === 'blng' && path === `/apex/${BILLING_SETTINGS.page}`
            ? BILLING_SETTINGS
            : null;
      const nsInstalled = state.installed.some((x) => x.namespace.toLowerCase() === p.ns);
      if (!spec || !nsInstalled) {
        notFound(res);
        return;
      }
      if (!isPost) {
        send(res, 200, renderSettingsPage(spec, p, state, query));
        return;
      }
      const outcome = handleSettingsPost(spec, state, new URLSearchParams(body));
      if (outcome.kind === 'ajax') {
        const fragment = renderSettingsTab(spec, p, state, outcome.tabId);
        if (fragment === null) send(res, 400, 'Bad tab');
        else send(res, 200, fragment);
        return;
      }
      send(res, 200, renderSettingsPage(spec, p, state, query, outcome.render));
      return;
    }

    // org hosts: classic (my.salesforce.com), setup (my.salesforce-setup.com), lightning
    const configured = routeConfigPages({
      p,
      org: state,
      method,
      path,
      search: url.search,
      query,
      body,
    });
    if (configured) {
      if ('redirect' in configured) redirect(res, configured.redirect);
      else if ('notFound' in configured) notFound(res);
      else send(res, configured.status, configured.html);
      return;
    }
    const lightningShell = /^\/lightning\/setup\/(ImportedPackage|SetupOneHome)\/home$/.exec(path);
    const usersShell = path === '/lightning/setup/ManageUsers/page';
    if ((lightningShell || usersShell) && !isPost) {
      if (p.surface === 'classic') {
        redirect(res, `https://${hostFor(p, 'lightning')}${path}${url.search}`);
        return;
      }
      const page: SetupPage = usersShell ? 'ManageUsers' : (lightningShell?.[1] as SetupPage);
      const html = renderLightningShell(p, state, page, query);
      if (html === null) notFound(res);
      else send(res, 200, html);
      return;
    }
    if (p.surface === 'lightning' && path === '/lightning/o/Account/list' && !isPost) {
      send(res, 200, renderHeavyLightning(p, state, query)); // the bench's heavy page
      return;
    }
    if (p.surface === 'lightning' && !path.startsWith('/0A3') && !path.startsWith('/005')) {
      notFound(res);
      return;
    }
    if (path === '/0A3' && !isPost) {
      if (query.get('setupid') !== 'ImportedPackage') {
        notFound(res);
        return;
      }
      send(res, 200, renderInstalledPackages(p, state, query));
      return;
    }
    if (path === '/packaging/installPackage.apexp' && !isPost) {
      if (state.auraInstaller) {
        // A Lightning-era org sends the Classic entry point on to the Aura installer.
        const apvId = encodeURIComponent(query.get('p0') ?? '');
        redirect(res, `https://${hostFor(p, 'lightning')}${AURA_INSTALLER_PATH}?apvId=${apvId}`);
        return;
      }
      send(res, 200, renderInstallPage(p, state, query));
      return;
    }
    const user = USER_PATH.exec(path);
    if (user && !isPost) {
      const html = renderUserDetail(p, state, user[1] ?? '', query);
      if (html === null) notFound(res);
      else send(res, 200, html);
      return;
    }
    if (path === '/setup/secur/RemoteAccessAuthorizationPage.apexp' && p.surface === 'classic') {
      if (!isPost) {
        send(res, 200, renderRemoteAccessPage(state, query));
        return;
      }
      const approved = handleRemoteAccessPost(p, state, new URLSearchParams(body));
      send(res, 200, renderRemoteAccessResult(approved));
      return;
    }
    const managed = MANAGED_APEX_PATH.exec(path);
    if (managed && !isPost) {
      const ns = (managed[1] ?? '').toLowerCase();
      redirect(res, `https://${hostFor(p, 'vf', ns)}/apex/${managed[2]}${url.search}`);
      return;
    }
    notFound(res);
  };

  const server = createServer({ key, cert }, (req, res) => {
    const method = req.method ?? 'GET';
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const entry: ReplicaServer['requests'][number] = { method, host, url: req.url ?? '/' };
    requests.push(entry);
    const done = (body: string) => {
      if (method === 'POST') entry.body = body;
      try {
        route(req, res, body);
      } catch (e) {
        send(
          res,
          500,
          `<!DOCTYPE html><title>Internal Server Error</title><pre>${String(e)}</pre>`,
        );
      }
    };
    if (method === 'POST' || method === 'PUT') {
      readBody(req).then(done, () => send(res, 400, 'Bad request'));
    } else {
      done('');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  Object.assign(api, {
    port,
    resolverRules: RESOLVED_HOST_PATTERNS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(','),
    org,
    sessions,
    requests,
    reset() {
      orgs.clear();
      api.snapshotReplica = null;
      requests.length = 0;
      sessions.production = null;
      sessions.sandbox = null;
      resetSteelbrickSite();
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  } satisfies Omit<ReplicaServer, 'snapshotReplica'>);
  return api;
}
