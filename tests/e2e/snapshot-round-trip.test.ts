/**
 * Every replica → its page snapshot → a replica made from the snapshot → the same recognizers
 * reach the same outcome (recognized, cards shown, "could not find"), and the regenerated page
 * snapshots to the same structure. This is what `npm run replica` promises a maintainer: a
 * snapshot an admin sends rebuilds a page the guide reads as it read the original.
 */
import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../../src/core/snapshot';
import { CPQ_ID } from '../fixtures/salesforce/catalog';
import { DEFAULT_USER_ID } from '../fixtures/salesforce/state';
import { useWorld } from '../support/harness';
import type { OrgState } from '../support/replica-server';
import { replicaFromSnapshot } from '../support/snapshot-replica';
import { guideOutcome, settledSnapshot, snapshotOfTab, tabIdOf } from '../support/snapshot-tab';

const world = useWorld();

const CPQ = {
  name: 'Salesforce CPQ',
  publisher: 'Salesforce.com, inc.',
  version: '258.2',
  namespace: 'SBQQ',
  installedOn: '11/27/2026',
};
const EMAIL = 'grace.hopper@initech-corp.example';
/** The org's data, made hostile: none of it may reach a snapshot. */
const SECRETS = ['acme', 'Hopper', 'initech', '555-0100', CPQ_ID, DEFAULT_USER_ID.slice(0, 15)];
const hostile = (org: OrgState) => {
  const user = org.users[DEFAULT_USER_ID];
  if (user) {
    user.name = 'Publisher Hopper'; // named like a column label
    user.username = EMAIL;
  }
};
const withCpq = (org: OrgState) => {
  org.installed.push({ ...CPQ, description: `Support: +1 (415) 555-0100, ${EMAIL}` });
};

interface Case {
  name: string;
  url: string;
  setup?: (org: OrgState) => void;
  /** Recognizers that must be running, and the cards they show, frame by frame, before the
   * snapshot is taken (the guide has finished with the page). */
  recognized: string[][];
  cards: string[][];
}

const USER = `/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`;

const CASES: Case[] = [
  {
    name: 'Lightning Setup home',
    url: 'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
    recognized: [['setup-shell']],
    cards: [[]],
  },
  {
    name: 'Installed Packages framed in Lightning Setup',
    url: 'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    setup: withCpq,
    recognized: [['setup-shell'], ['installed-packages']],
    cards: [['launcher'], ['installed-packages']],
  },
  {
    name: 'Installed Packages (Classic)',
    url: 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
    setup: withCpq,
    recognized: [['installed-packages']],
    cards: [['installed-packages']],
  },
  {
    name: 'install page on the My Domain host',
    url: `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
    recognized: [['install-page']],
    cards: [['guard-license', 'install']],
  },
  {
    name: 'install page on login.salesforce.com, variant b',
    url: `https://login.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
    setup: (org) => {
      org.variant = 'b';
    },
    recognized: [['install-page']],
    cards: [['guard-org-unknown', 'install']],
  },
  {
    name: 'CPQ settings',
    url: 'https://acme--sbqq.vf.force.com/apex/EditSettings',
    setup: withCpq,
    recognized: [['cpq-settings']],
    cards: [['calc-service']],
  },
  {
    name: 'OAuth approval popup',
    url: 'https://acme.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp',
    setup: withCpq,
    recognized: [['remote-access-authorization']],
    cards: [['authorize']],
  },
  {
    name: 'user detail (Classic)',
    url: `https://acme.my.salesforce.com${USER}`,
    recognized: [['user-detail']],
    cards: [['license', 'permsets']],
  },
  {
    name: 'user detail framed in Lightning Setup',
    url: `https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=${encodeURIComponent(USER)}`,
    recognized: [['setup-shell'], ['user-detail']],
    // The admin's missing permission sets start the sequence: the launcher follows from the frame.
    cards: [['launcher'], ['license', 'permsets']],
  },
];

const recognizedIn = (snapshot: PageSnapshot) =>
  snapshot.frames.map((f) => [...f.guide.recognized].sort());

describe('snapshot → replica → same recognizer outcome', () => {
  it.each(CASES)('$name', async ({ url, setup, recognized, cards }) => {
    const host = new URL(url).hostname;
    const org = host.startsWith('login.') ? 'login' : 'acme';
    hostile(world.server.org(org));
    setup?.(world.server.org(org));
    const original = await world.open(url);
    const ready = (s: PageSnapshot) =>
      JSON.stringify(recognizedIn(s)) === JSON.stringify(recognized) &&
      JSON.stringify(s.frames.map((f) => [...f.guide.cards].sort())) === JSON.stringify(cards);
    const first = await settledSnapshot(world, await tabIdOf(world, original), ready);
    expect(first.unanswered).toBe(0);
    const text = JSON.stringify(first);
    for (const secret of SECRETS) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    await original.close();

    world.server.snapshotReplica = replicaFromSnapshot(first, 'round-trip');
    const top = first.frames[0]?.url ?? '';
    const regenerated = await world.open(top);
    // Settled when the guide does there what it did on the original (or never: the diff shows).
    const same = (s: PageSnapshot) =>
      JSON.stringify(guideOutcome(s)) === JSON.stringify(guideOutcome(first));
    const tabId = await tabIdOf(world, regenerated);
    const second = await settledSnapshot(world, tabId, same, 30).catch(() =>
      snapshotOfTab(world, tabId),
    );

    expect(guideOutcome(second)).toEqual(guideOutcome(first));
    expect(second.frames.map((f) => f.tree)).toEqual(first.frames.map((f) => f.tree));
    await regenerated.close();
  });
});
