// @vitest-environment node
/**
 * The Salesforce replica server answers under the real host names, from per-org state.
 * Requests go to 127.0.0.1 with the Salesforce host in SNI and the Host header.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BILLING_ID,
  CPQ_ID,
  CPQ_NEWER_ID,
  STRIPE_ID,
  UNKNOWN_ID,
} from '../fixtures/salesforce/catalog';
import { BILLING_PAYMENT_SLOT, GATEWAY_TYPE_ID } from '../fixtures/salesforce/config-world';
import { parseHost } from '../fixtures/salesforce/hosts';
import { DEFAULT_USER_ID, type Pkg } from '../fixtures/salesforce/state';
import { parse, replicaFetch, texts } from '../support/replica-fetch';
import { type ReplicaServer, startReplicaServer } from '../support/replica-server';

let server: ReplicaServer;
const fetchAs = replicaFetch(() => server);

const pkg = (name: string, namespace: string, version: string): Pkg => ({
  name,
  namespace,
  version,
  publisher: 'Salesforce.com, inc.',
  installedOn: '11/27/2026',
});

beforeAll(async () => {
  server = await startReplicaServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

describe('host parsing (the test world’s own)', () => {
  it('splits Visualforce hosts into org and namespace', () => {
    expect(parseHost('acme--uat--sbqq.sandbox.vf.force.com')).toMatchObject({
      surface: 'vf',
      org: 'acme--uat',
      ns: 'sbqq',
      sandbox: true,
    });
    expect(parseHost('acme-dev-ed--sbqq.develop.vf.force.com:443')).toMatchObject({
      org: 'acme-dev-ed',
      ns: 'sbqq',
      partition: 'develop',
    });
    expect(parseHost('acme.my.salesforce-setup.com')).toMatchObject({
      surface: 'setup',
      org: 'acme',
    });
    expect(parseHost('acme--uat.sandbox.lightning.force.com')).toMatchObject({
      surface: 'lightning',
      org: 'acme--uat',
      sandbox: true,
    });
    expect(parseHost('example.com')).toBeNull();
  });

  it('maps every family to this server for Chromium', () => {
    for (const family of [
      '*.salesforce.com',
      '*.force.com',
      '*.salesforce-setup.com',
      'install.steelbrick.com',
    ]) {
      expect(server.resolverRules).toContain(`MAP ${family} 127.0.0.1:${server.port}`);
    }
  });
});

describe('Lightning Setup shell', () => {
  it('boots with #auraLoadingBox and frames Installed Packages on the Setup host', async () => {
    const res = await fetchAs(
      'acme.my.salesforce-setup.com',
      '/lightning/setup/ImportedPackage/home',
    );
    expect(res.status).toBe(200);
    const doc = parse(res.body);
    expect(doc.getElementById('auraLoadingBox')).not.toBeNull();
    expect(doc.title).toBe('Installed Packages | Salesforce');
    expect(res.body).toContain(
      'https://acme.my.salesforce-setup.com/0A3?setupid=ImportedPackage&retURL=',
    );
    expect(res.body).toContain('isdtp=p1');
    expect(res.body).toContain('"sandboxName":null');
  });

  it('frames on *.my.salesforce.com when the org says so, and flags sandboxes', async () => {
    server.org('acme--uat').installedPackagesFrameHost = 'classic';
    const res = await fetchAs(
      'acme--uat.sandbox.lightning.force.com',
      '/lightning/setup/ImportedPackage/home',
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain(
      'https://acme--uat.sandbox.my.salesforce.com/0A3?setupid=ImportedPackage',
    );
    expect(res.body).toContain('"sandboxName":"UAT"');
  });

  it('serves the users shell and a Setup page with nothing of interest', async () => {
    const users = await fetchAs(
      'acme.my.salesforce-setup.com',
      `/lightning/setup/ManageUsers/page?address=${encodeURIComponent('/0055g00000AbCdE?noredirect=1&isUserEntityOverride=1')}`,
    );
    expect(users.status).toBe(200);
    expect(users.body).toContain('/0055g00000AbCdE?noredirect=1');
    const home = await fetchAs(
      'acme.my.salesforce-setup.com',
      '/lightning/setup/SetupOneHome/home',
    );
    expect(home.status).toBe(200);
    expect(home.body).toContain('"frameSrc":null');
  });
});

describe('Installed Packages (Classic)', () => {
  it('lists CPQ and Billing with Configure links to their Visualforce hosts', async () => {
    const org = server.org('acme');
    org.installed.push(
      { ...pkg('Salesforce CPQ', 'SBQQ', '258.2'), description: 'Quotes.' },
      pkg('Salesforce Billing', 'blng', '258.1'),
    );
    const res = await fetchAs('acme.my.salesforce.com', '/0A3?setupid=ImportedPackage&isdtp=p1');
    expect(res.status).toBe(200);
    const doc = parse(res.body);
    expect(doc.title).toBe('Installed Packages ~ Salesforce - Enterprise Edition');
    expect(doc.body.classList.contains('sfdcBody')).toBe(true);
    const list = doc.querySelector('div.bRelatedList table.list') as Element;
    expect(texts(list, 'tr.headerRow th')).toEqual([
      'Action',
      'Package Name',
      'Publisher',
      'Version Number',
      'Namespace Prefix',
      'Install Date',
      'Limits',
      'Apps',
      'Tabs',
      'Objects',
      'AppExchange',
    ]);
    expect(texts(list, 'th[scope=row].dataCell')).toEqual([
      'Salesforce Connected Apps',
      'DocuSign eSignature',
      'Salesforce CPQ',
      'Salesforce Billing',
    ]);
    expect(list.querySelector('tr.dataRow.first')).not.toBeNull();
    expect(list.querySelectorAll('tr.dataRow.last')).toHaveLength(1);
    const configure = doc.querySelector(
      'a.actionLink[title="Configure - Record 3 - Salesforce CPQ"]',
    );
    expect(configure?.getAttribute('href')).toBe(
      'https://acme--sbqq.vf.force.com/apex/EditSettings',
    );
    expect(
      doc.querySelector('a.actionLink[title^="Configure - Record 4"]')?.getAttribute('href'),
    ).toBe('https://acme--blng.vf.force.com/apex/BillingSettings');
    expect(texts(doc, '.pbTitle h3')).toEqual(['Installed Packages', 'Uninstalled Packages']);
  });

  it('variant b reorders columns, drops AppExchange, adds Status, and uses a relative Configure', async () => {
    const org = server.org('acme');
    org.variant = 'b';
    org.installed.push(pkg('Salesforce CPQ', 'SBQQ', '258.2'));
    const doc = parse(
      (await fetchAs('acme.my.salesforce.com', '/0A3?setupid=ImportedPackage')).body,
    );
    const headers = texts(doc, 'table.list tr.headerRow th');
    expect(headers).not.toContain('AppExchange');
    expect(headers).toContain('Status');
    expect(headers.indexOf('Namespace Prefix')).toBeLessThan(headers.indexOf('Publisher'));
    const href = doc.querySelector('a.actionLink[title^="Configure"]')?.getAttribute('href');
    expect(href).toBe('/apex/SBQQ__EditSettings');
    const hop = await fetchAs('acme.my.salesforce.com', href as string);
    expect(hop.status).toBe(302);
    expect(hop.headers.location).toBe('https://acme--sbqq.vf.force.com/apex/EditSettings');
  });

  it('leaves the rows to the page script when the list is still loading', async () => {
    server.org('acme').installedPackagesDelayMs = 400;
    const res = await fetchAs('acme.my.salesforce.com', '/0A3?setupid=ImportedPackage');
    const doc = parse(res.body);
    expect(doc.querySelectorAll('th[scope=row]')).toHaveLength(0);
    expect(res.body).toContain('InstalledPackages.js');
  });
});

describe('package install page', () => {
  it('offers the three security options and Install for CPQ', async () => {
    const res = await fetchAs(
      'acme.my.salesforce.com',
      `/packaging/installPackage.apexp?p0=${CPQ_ID}`,
    );
    expect(res.status).toBe(200);
    const doc = parse(res.body);
    const labels = texts(doc, 'label');
    expect(labels).toEqual([
      'Install for Admins Only',
      'Install for All Users',
      'Install for Specific Profiles...',
    ]);
    const radios = Array.from(doc.querySelectorAll('input[type=radio]')) as HTMLInputElement[];
    expect(radios.map((r) => r.hasAttribute('checked'))).toEqual([true, false, false]);
    expect(texts(doc, 'button span')).toContain('Install');
    expect(res.body).toContain('Salesforce CPQ');
    expect(res.body).toContain('Salesforce.com, inc.');
    expect(res.body).toContain('View Components');
  });

  it('is an Upgrade when an older version of the namespace is installed', async () => {
    server.org('acme').installed.push(pkg('Salesforce CPQ', 'SBQQ', '258.2'));
    server.org('acme').variant = 'b';
    const res = await fetchAs(
      'acme.my.salesforce.com',
      `/packaging/installPackage.apexp?p0=${CPQ_NEWER_ID}`,
    );
    const doc = parse(res.body);
    expect(texts(doc, 'button span')).toContain('Upgrade');
    expect(texts(doc, 'button span')).not.toContain('Install');
    expect(doc.body.textContent).toContain('258.2');
    expect(doc.body.textContent).toContain('260.0');
    // variant b: labels wrap their inputs, no for= attributes
    expect(doc.querySelectorAll('label[for]')).toHaveLength(0);
    expect(doc.querySelectorAll('label input[type=radio]')).toHaveLength(3);
  });

  it('answers an unknown p0 with the package-not-found error', async () => {
    const res = await fetchAs(
      'acme.my.salesforce.com',
      `/packaging/installPackage.apexp?p0=${UNKNOWN_ID}`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain('The requested package does not exist or has been deleted.');
  });

  it('generic login hosts redirect to the session org, or render the page themselves', async () => {
    const path = `/packaging/installPackage.apexp?p0=${CPQ_ID}`;
    const here = await fetchAs('login.salesforce.com', path);
    expect(here.status).toBe(200);
    expect(here.body).toContain('Install for All Users');

    server.sessions.production = 'acme';
    server.sessions.sandbox = 'acme--uat';
    const prod = await fetchAs('login.salesforce.com', path);
    expect(prod.status).toBe(302);
    expect(prod.headers.location).toBe(`https://acme.my.salesforce.com${path}`);
    const sandbox = await fetchAs('test.salesforce.com', path);
    expect(sandbox.headers.location).toBe(`https://acme--uat.sandbox.my.salesforce.com${path}`);
  });
});

describe('install requests', () => {
  const install = (body: object) =>
    fetchAs('acme.my.salesforce.com', '/__replica/install', {
      method: 'POST',
      body: JSON.stringify(body),
    }).then((r) => JSON.parse(r.body) as { status: string; message?: string });

  beforeEach(() => {
    server.org('acme').installDurationMs = 0;
  });

  it('installs in dependency order and refuses a missing dependency', async () => {
    const org = server.org('acme');
    const early = await install({
      p0: BILLING_ID,
      securityOption: 'AllUsers',
      thirdPartyAccess: true,
    });
    expect(early).toEqual({
      status: 'failed',
      message:
        'A required package is missing: Package "Salesforce CPQ", Version 256.0 or later must be installed first.',
    });
    expect(org.installed.map((p) => p.namespace)).toEqual(['sf_com_apps', 'dsfs']);

    expect(
      await install({ p0: CPQ_ID, securityOption: 'AllUsers', thirdPartyAccess: true }),
    ).toMatchObject({
      status: 'installed',
    });
    expect(
      await install({ p0: BILLING_ID, securityOption: 'AllUsers', thirdPartyAccess: true }),
    ).toMatchObject({
      status: 'installed',
    });
    expect(
      await install({ p0: STRIPE_ID, securityOption: 'AdminsOnly', thirdPartyAccess: true }),
    ).toMatchObject({
      status: 'installed',
    });
    expect(org.installed.slice(2).map((p) => `${p.name} ${p.version}`)).toEqual([
      'Salesforce CPQ 258.2',
      'Salesforce Billing 258.1',
      'Stripe Connector for Salesforce CPQ & Billing 3.14',
    ]);
    expect(org.installs.map((a) => `${a.outcome}:${a.securityOption}`)).toEqual([
      'failed:AllUsers',
      'installed:AllUsers',
      'installed:AllUsers',
      'installed:AdminsOnly',
    ]);
    expect(
      await install({ p0: CPQ_NEWER_ID, securityOption: 'AllUsers', thirdPartyAccess: true }),
    ).toMatchObject({
      status: 'upgraded',
    });
    expect(org.installed.find((p) => p.namespace === 'SBQQ')?.version).toBe('260.0');
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(5);
    expect(posts[0]?.host).toBe('acme.my.salesforce.com');
    expect(JSON.parse(posts[0]?.body ?? '{}')).toMatchObject({ p0: BILLING_ID });
  });

  it('reports slow installs as pending and refuses while another install runs', async () => {
    const org = server.org('acme');
    org.slowInstall = true;
    expect(
      await install({ p0: CPQ_ID, securityOption: 'AllUsers', thirdPartyAccess: true }),
    ).toMatchObject({
      status: 'pending',
    });
    expect(org.pending.map((p) => p.name)).toEqual(['Salesforce CPQ']);
    expect(org.installed.some((p) => p.namespace === 'SBQQ')).toBe(false);
    org.installLocked = true;
    expect(
      (await install({ p0: CPQ_ID, securityOption: 'AllUsers', thirdPartyAccess: true })).message,
    ).toBe('Only one person in your organization can install or upload a package at a time.');
  });
});

describe('CPQ settings (Visualforce)', () => {
  const host = 'acme--sbqq.vf.force.com';

  it('does not exist before CPQ is installed', async () => {
    expect((await fetchAs(host, '/apex/EditSettings')).status).toBe(404);
  });

  it('shows the RichFaces tabs, with generated ids that differ between variants', async () => {
    const org = server.org('acme');
    org.installed.push(pkg('Salesforce CPQ', 'SBQQ', '258.2'));
    const a = parse((await fetchAs(host, '/apex/EditSettings')).body);
    expect(texts(a, 'td.rich-tab-header')).toEqual([
      'Documents',
      'Groups',
      'Line Editor',
      'Plugins',
      'Pricing and Calculation',
      'Subscriptions and Renewals',
      'Quote',
      'Order',
      'Additional Settings',
    ]);
    expect(a.querySelector('td.rich-tab-header')?.id).toBe('page:form:pb:j_id184_lbl');
    expect(texts(a, 'a')).toContain('Authorize new calculation service');
    expect(
      a.querySelector('input[type=submit][value="Generate Integration User Permissions"]'),
    ).not.toBeNull();

    org.variant = 'b';
    const b = parse((await fetchAs(host, '/apex/EditSettings')).body);
    const ids = (doc: Document) =>
      Array.from(doc.querySelectorAll('td.rich-tab-header')).map((t) => t.id);
    expect(ids(b)).toHaveLength(9);
    for (const id of ids(b)) expect(ids(a)).not.toContain(id);
  });

  it('saves the Order tab by form postback and re-renders the saved values', async () => {
    const org = server.org('acme--uat');
    org.installed.push(pkg('Salesforce CPQ', 'SBQQ', '258.2'));
    const vf = 'acme--uat--sbqq.sandbox.vf.force.com';
    const doc = parse((await fetchAs(vf, '/apex/EditSettings')).body);
    const form = doc.getElementById('page:form') as HTMLFormElement;
    const fieldFor = (label: string) => {
      const l = Array.from(doc.querySelectorAll('td.labelCol label')).find(
        (x) => x.textContent?.trim() === label,
      ) as HTMLLabelElement;
      return doc.getElementById(l.htmlFor) as HTMLInputElement | HTMLSelectElement;
    };
    const data = new URLSearchParams();
    for (const input of Array.from(
      form.querySelectorAll('input[type=hidden]'),
    ) as HTMLInputElement[]) {
      data.set(input.name, input.value);
    }
    data.set(fieldFor('Allow Multiple Orders').name, 'on');
    const start = fieldFor('Default Order Start Date') as HTMLSelectElement;
    const option = Array.from(start.options).find(
      (o) => o.text === 'Quote Start Date',
    ) as HTMLOptionElement;
    data.set(start.name, option.value);
    const save = form.querySelector('input[type=submit][value=Save]') as HTMLInputElement;
    data.set(save.name, 'Save');
    const res = await fetchAs(vf, form.getAttribute('action') as string, {
      method: 'POST',
      body: data.toString(),
      type: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(200);
    expect(org.order).toEqual({
      requireApprovedQuote: false,
      defaultOrderStartDate: 'Quote Start Date',
      allowMultipleOrders: true,
      createOrdersWithoutOpportunities: false,
    });
    const after = parse(res.body);
    expect(after.querySelector('.message.confirmM3')?.textContent).toContain('saved');
    expect(after.querySelector('select option[selected]')).not.toBeNull();
  });

  it('forgets the authorize link once the calculation service is authorized', async () => {
    const org = server.org('acme');
    org.installed.push(pkg('Salesforce CPQ', 'SBQQ', '258.2'));
    const popup = await fetchAs(
      'acme.my.salesforce.com',
      '/setup/secur/RemoteAccessAuthorizationPage.apexp?source=x',
    );
    const doc = parse(popup.body);
    expect(doc.getElementById('oaapprove')).not.toBeNull();
    expect(doc.getElementById('oadeny')).not.toBeNull();
    await fetchAs(
      'acme.my.salesforce.com',
      '/setup/secur/RemoteAccessAuthorizationPage.apexp?source=x',
      {
        method: 'POST',
        body: 'oaapprove=Allow&source=x',
        type: 'application/x-www-form-urlencoded',
      },
    );
    expect(org.calcServiceAuthorized).toBe(true);
    const page = await fetchAs(host, '/apex/EditSettings');
    expect(page.body).not.toContain('Authorize new calculation service');
  });
});

describe('user detail and misc', () => {
  it('lists permission set licenses on the user page', async () => {
    server.org('acme').users['0055g00000AbCdEAAV']?.licenses.push('Salesforce CPQ License');
    const res = await fetchAs(
      'acme.my.salesforce.com',
      '/0055g00000AbCdEAAV?noredirect=1&isUserEntityOverride=1',
    );
    expect(res.status).toBe(200);
    const doc = parse(res.body);
    const list = Array.from(doc.querySelectorAll('div.bRelatedList')).find((d) =>
      d.querySelector('h3')?.textContent?.includes('Permission Set License Assignments'),
    ) as Element;
    expect(texts(list, 'th[scope=row]')).toContain('Salesforce CPQ License');
    expect(list.querySelector('input[value="Edit Assignments"]')).not.toBeNull();
  });

  it('answers unknown paths and hosts with the Salesforce 404 page', async () => {
    const unknownPath = await fetchAs('acme.my.salesforce.com', '/nothing/here');
    expect(unknownPath.status).toBe(404);
    expect(unknownPath.body).toContain('URL No Longer Exists');
    expect((await fetchAs('example.com', '/')).status).toBe(404);
    expect((await fetchAs('install.steelbrick.com', '/')).body).toContain(
      `https://test.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
    );
  });
});

describe('configuration replicas (permission sets, layouts, picklist values)', () => {
  const form = (fields: Array<[string, string]>) => ({
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    type: 'application/x-www-form-urlencoded',
  });

  it('frames the Classic pages in Lightning Setup under page?address=', async () => {
    for (const [area, address] of [
      ['PermSets', '/005?id=0PS5g000000St01&isUserEntityOverride=1'],
      ['Picklists', `/${GATEWAY_TYPE_ID}`],
      ['ObjectManager', '/ui/setup/layout/PageLayoutAssignment?type=Opportunity'],
    ] as const) {
      const res = await fetchAs(
        'acme.my.salesforce-setup.com',
        `/lightning/setup/${area}/page?address=${encodeURIComponent(address)}`,
      );
      expect(res.status).toBe(200);
      expect(res.body).toContain(`https://acme.my.salesforce-setup.com${address}`);
      const sep = address.includes('?') ? '&' : '?';
      const framed = await fetchAs('acme.my.salesforce-setup.com', `${address}${sep}isdtp=p1`);
      expect(framed.status).toBe(200);
      expect(parse(framed.body).body.classList.contains('sfdcBody')).toBe(true);
    }
    const classic = await fetchAs(
      'acme.my.salesforce.com',
      '/lightning/setup/PermSets/page?address=%2F005',
    );
    expect(classic.status).toBe(302);
    expect(classic.headers.location).toContain('https://acme.lightning.force.com/lightning/setup/');
  });

  it('Edit Assignments Save changes the user’s sets, and refuses a set whose licence is missing', async () => {
    const org = server.org('acme');
    const path = `/_ui/perms/ui/setup/PermSetAssignmentPage?userId=${DEFAULT_USER_ID}`;
    const page = parse((await fetchAs('acme.my.salesforce.com', path)).body);
    expect(texts(page, 'select[name="enabled"] option')).toEqual(['Sales Console User Access']);
    expect(texts(page, 'select[name="available"] option')).toContain(
      'Stripe Payment Gateway Admin',
    );
    const refused = await fetchAs(
      'acme.my.salesforce.com',
      '/_ui/perms/ui/setup/PermSetAssignmentPage',
      form([
        ['userId', DEFAULT_USER_ID],
        ['enabled', '0PS5g000000Cq01'],
      ]),
    );
    expect(refused.status).toBe(200);
    expect(refused.body).toContain('The user license doesn&#39;t allow the permission');
    expect(org.users[DEFAULT_USER_ID]?.permissionSets).toEqual(['Sales Console User Access']);
    org.users[DEFAULT_USER_ID]?.licenses.push('Salesforce CPQ License');
    const saved = await fetchAs(
      'acme.my.salesforce.com',
      '/_ui/perms/ui/setup/PermSetAssignmentPage',
      form([
        ['userId', DEFAULT_USER_ID],
        ['enabled', '0PS5g000000Cq01'],
        ['enabled', '0PS5g000000St01'],
        ['isdtp', 'p1'],
      ]),
    );
    expect(saved.status).toBe(302);
    expect(saved.headers.location).toBe(
      '/0055g00000AbCdE?noredirect=1&isUserEntityOverride=1&isdtp=p1',
    );
    expect(org.users[DEFAULT_USER_ID]?.permissionSets).toEqual([
      'Salesforce CPQ Admin User',
      'Stripe Payment Gateway Admin',
    ]);
    const list = parse(
      (await fetchAs('acme.my.salesforce.com', '/005?id=0PS5g000000St01&isUserEntityOverride=1'))
        .body,
    );
    expect(texts(list, 'th[scope=row]')).toEqual(['Ada Admin']);
  });

  it('serves the Page Layouts tab per object slot, the Billing Payment under its 01I id', async () => {
    const opp = await fetchAs(
      'acme.my.salesforce-setup.com',
      '/lightning/setup/ObjectManager/Opportunity/PageLayouts/view',
    );
    expect(opp.status).toBe(200);
    expect(opp.body).toContain('CPQ Opportunity Layout');
    const billing = await fetchAs(
      'acme.my.salesforce-setup.com',
      `/lightning/setup/ObjectManager/${BILLING_PAYMENT_SLOT}/PageLayouts/view`,
    );
    expect(billing.body).toContain('type%3Dblng__Payment__c');
    const standard = await fetchAs(
      'acme.my.salesforce-setup.com',
      '/lightning/setup/ObjectManager/Payment/PageLayouts/view',
    );
    expect(standard.body).toContain('PageLayoutAssignment%3Ftype%3DPayment"');
    expect(
      (
        await fetchAs(
          'acme.my.salesforce-setup.com',
          '/lightning/setup/ObjectManager/Nope/PageLayouts/view',
        )
      ).status,
    ).toBe(404);
  });

  it('Edit Assignment Save changes layout assignments per profile and record type', async () => {
    const org = server.org('acme');
    const opportunity = org.config.objects.find((o) => o.apiName === 'Opportunity');
    const profiles = org.config.profiles;
    const admin = profiles.indexOf('System Administrator');
    const res = await fetchAs(
      'acme.my.salesforce.com',
      '/ui/setup/layout/PageLayoutAssignmentEdit',
      form([
        ['type', 'Opportunity'],
        [`assign:${admin}:0`, 'CPQ Opportunity Layout'],
        [`assign:${admin}:1`, 'Not A Layout'],
      ]),
    );
    expect(res.status).toBe(302);
    expect(opportunity?.assignments['System Administrator']).toEqual({
      'New Business': 'CPQ Opportunity Layout',
      Renewal: 'Opportunity Layout',
    });
    const page = parse(
      (
        await fetchAs(
          'acme.my.salesforce.com',
          '/ui/setup/layout/PageLayoutAssignment?type=Opportunity',
        )
      ).body,
    );
    expect(texts(page, 'tr.headerRow th')).toEqual(['Profiles', 'New Business', 'Renewal']);
    const account = parse(
      (
        await fetchAs(
          'acme.my.salesforce.com',
          '/ui/setup/layout/PageLayoutAssignment?type=Account',
        )
      ).body,
    );
    expect(texts(account, 'tr.headerRow th')).toEqual(['Profiles', 'Page Layout']);
  });

  it('New on a value set adds trimmed values, refuses duplicates, lists inactive values apart', async () => {
    const org = server.org('acme');
    const before = parse((await fetchAs('acme.my.salesforce.com', `/${GATEWAY_TYPE_ID}`)).body);
    expect(before.body.textContent).toContain('Inactive Values');
    const add = (text: string) =>
      fetchAs(
        'acme.my.salesforce.com',
        '/setup/ui/picklist_masternew.jsp',
        form([
          ['id', GATEWAY_TYPE_ID],
          ['p1', text],
          ['allRecordTypes', '1'],
        ]),
      );
    expect((await add('paypal')).body).toContain('Duplicate value: paypal');
    const saved = await add(' Stripe \r\n\r\n');
    expect(saved.status).toBe(302);
    const set = org.config.valueSets.find((s) => s.id === GATEWAY_TYPE_ID);
    expect(set?.values.at(-1)).toEqual({ label: 'Stripe', apiName: 'Stripe', active: true });
    expect(org.config.saves.at(-1)?.detail).toBe('Gateway Type: Stripe (all record types)');
  });
});
