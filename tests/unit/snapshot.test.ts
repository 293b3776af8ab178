/**
 * A snapshot of every replica page the server renders (the install page and the Lightning shell
 * are built by their page scripts: tests/e2e/snapshot-round-trip.test.ts covers them in
 * Chromium), taken as a frame takes its own (happy-dom here), with the
 * org's data made hostile: a user named like a label, an email, a package description with a
 * phone number, record ids. Nothing from a data position survives; structure and labels do.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { takeFrameSnapshot } from '../../src/content/snapshot/take';
import type { SnapshotChild } from '../../src/core/snapshot';
import { CPQ_ID } from '../fixtures/salesforce/catalog';
import { CPQ_SETTINGS, renderSettingsPage } from '../fixtures/salesforce/cpq-settings';
import { parseHost } from '../fixtures/salesforce/hosts';
import { renderInstalledPackages } from '../fixtures/salesforce/installed-packages';
import { renderRemoteAccessPage } from '../fixtures/salesforce/remote-access';
import { createOrgState, DEFAULT_USER_ID, type OrgState } from '../fixtures/salesforce/state';
import { renderUserDetail } from '../fixtures/salesforce/user-detail';

const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
  },
});
const parse = (html: string) =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

const PHONE = '+1 (415) 555-0100';
const EMAIL = 'grace.hopper@initech-corp.example';
const DESCRIPTION = `Billing add-on by Initrode. Support: ${PHONE}`;
const SECRETS = [
  'acme',
  'Initrode',
  'initech',
  'grace.hopper',
  '415',
  '555-0100',
  DEFAULT_USER_ID,
  DEFAULT_USER_ID.slice(0, 15),
  CPQ_ID,
  'Hopper',
  'System Administrator',
];

function hostileOrg(): OrgState {
  const org = createOrgState('acme');
  const user = org.users[DEFAULT_USER_ID];
  if (!user) throw new Error('no default user');
  // A user named like a column label, with an email for a user name.
  user.name = 'Publisher Hopper';
  user.username = EMAIL;
  org.installed.push(
    {
      name: 'Salesforce CPQ',
      publisher: 'Salesforce.com, inc.',
      version: '258.2',
      namespace: 'SBQQ',
      installedOn: '11/27/2026',
      description: DESCRIPTION,
    },
    {
      // An unrelated package named like a label, published by the org's own company.
      name: 'Package Name',
      publisher: 'Initrode Hopper Ltd',
      version: '1.0',
      namespace: 'initr',
      installedOn: '11/28/2026',
      description: `Call ${PHONE} or mail ${EMAIL}`,
    },
  );
  return org;
}

const ELEMENT_SKIPPED = new Set([
  'script',
  'style',
  'link',
  'meta',
  'noscript',
  'template',
  'base',
]);
function countDom(node: Element | ShadowRoot): number {
  let n = 0;
  for (const child of node.children) {
    if (ELEMENT_SKIPPED.has(child.localName)) continue;
    n += 1 + countDom(child);
    if (child.shadowRoot) n += countDom(child.shadowRoot);
  }
  return n;
}
const countSnapshot = (children: readonly SnapshotChild[] | undefined): number =>
  (children ?? []).reduce(
    (sum, c) =>
      typeof c === 'string' ? sum : sum + 1 + countSnapshot(c.children) + countSnapshot(c.shadow),
    0,
  );
const textsOf = (children: readonly SnapshotChild[] | undefined): string[] =>
  (children ?? []).flatMap((c) =>
    typeof c === 'string' ? [c.trim()] : [...textsOf(c.children), ...textsOf(c.shadow)],
  );

interface Case {
  name: string;
  url: string;
  render: (org: OrgState) => string | null;
  /** Salesforce labels the snapshot keeps. */
  labels: string[];
}

const q = (url: string) => new URL(url).searchParams;
const host = (url: string) => {
  const p = parseHost(new URL(url).hostname);
  if (!p) throw new Error(`not a replica host: ${url}`);
  return p;
};
const PACKAGES = 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage';
const USER = `https://acme.my.salesforce.com/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`;
const SETTINGS = 'https://acme--sbqq.vf.force.com/apex/EditSettings';
const OAUTH = 'https://acme.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp';

const CASES: Case[] = [
  {
    name: 'Installed Packages',
    url: PACKAGES,
    render: (org) => renderInstalledPackages(host(PACKAGES), org, q(PACKAGES)),
    labels: ['Package Name', 'Publisher', 'Salesforce CPQ', 'SBQQ'],
  },
  {
    name: 'user detail',
    url: USER,
    render: (org) => renderUserDetail(host(USER), org, DEFAULT_USER_ID, q(USER)),
    labels: ['Permission Set License Assignments'],
  },
  {
    name: 'CPQ settings',
    url: SETTINGS,
    render: (org) => renderSettingsPage(CPQ_SETTINGS, host(SETTINGS), org, q(SETTINGS)),
    labels: ['Pricing and Calculation', 'Save'],
  },
  {
    name: 'OAuth approval',
    url: OAUTH,
    render: (org) => renderRemoteAccessPage(org, q(OAUTH)),
    labels: ['Allow'],
  },
];

describe('a snapshot of each replica page', () => {
  it.each(CASES)('$name: no data survives, structure and labels do', ({ url, render, labels }) => {
    const html = render(hostileOrg());
    if (!html) throw new Error('the replica rendered nothing');
    const doc = parse(html);
    const snapshot = takeFrameSnapshot(doc, url, true, { recognized: [], cards: [], notFound: [] });
    const text = JSON.stringify(snapshot);
    // The hostile data was on the page, so its absence from the snapshot means something.
    const page = doc.documentElement.outerHTML;
    const present = SECRETS.filter((secret) => page.includes(secret));
    expect(present.length).toBeGreaterThan(0);
    for (const secret of present) expect(text).not.toContain(secret);

    // Labels are kept as texts or as button values.
    for (const label of labels) expect(text).toContain(`"${label}"`);
    expect(countSnapshot(snapshot.tree.children)).toBe(countDom(doc.documentElement));
    expect(snapshot.url).toContain('mydomain');
    expect(snapshot.truncated).toBe(false);
  });

  it('a user named like a label, in a list: the name is masked, the header kept', () => {
    const org = hostileOrg();
    const doc = parse(renderInstalledPackages(host(PACKAGES), org, q(PACKAGES)));
    const texts = textsOf(
      takeFrameSnapshot(doc, PACKAGES, true, { recognized: [], cards: [], notFound: [] }).tree
        .children,
    );
    // "Package Name" is the column header once; the package named "Package Name" is masked.
    expect(texts.filter((t) => t === 'Package Name')).toHaveLength(
      [...doc.querySelectorAll('th[scope=col]')].filter(
        (th) => th.textContent?.trim() === 'Package Name',
      ).length,
    );
    expect(texts).toContain('Xxxxxxx Xxxx');
  });
});
