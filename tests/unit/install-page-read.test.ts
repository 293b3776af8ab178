// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  findAcknowledgement,
  findKeyPrompt,
  readHeading,
  readInstallPage,
  readNamespaces,
  readUpgradeLines,
} from '../../src/content/read/install-page';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('Install Package');
  doc.documentElement.lang = 'en-US';
  const template = doc.createElement('template');
  template.innerHTML = html; // test fixture markup
  doc.body.append(template.content);
  return doc;
}

const AURA = new URL(
  'https://acme.lightning.force.com/packagingSetupUI/ipLanding.app?apvId=04t4N000000N6FMQA0',
);
const CLASSIC = new URL(
  'https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt',
);

describe('readHeading', () => {
  it.each([
    ['<h1>Install Salesforce CPQ</h1>', 'Salesforce CPQ'],
    ['<h1 class="upgradeHeader">Upgrade Salesforce Billing</h1>', 'Salesforce Billing'],
    [
      '<div role="heading" aria-level="1">Install  Stripe for Salesforce Billing </div>',
      'Stripe for Salesforce Billing',
    ],
    ['<h1>Salesforce CPQ</h1>', 'Salesforce CPQ'],
    ['<h1>Install Field Trip</h1>', 'Field Trip'],
  ])('%s → %s', (html, name) => {
    expect(readHeading(page(html))?.name).toBe(name);
  });

  it.each([
    '<h1>Install Package</h1>',
    '<h1>Setup</h1>',
    '<h2>Install Salesforce CPQ</h2>',
    '<h1 hidden>Install Salesforce CPQ</h1>',
  ])('names no package: %s', (html) => {
    expect(readHeading(page(html))).toBeNull();
  });
});

describe('readInstallPage', () => {
  it('the version id from apvId or p0, and the publisher from the line under the heading', () => {
    const doc = page(
      '<header><h1>Install Stripe Connector for Salesforce CPQ &amp; Billing</h1><p>By Stripe, Inc.</p></header>',
    );
    expect(readInstallPage(doc, AURA)).toMatchObject({
      heading: 'Stripe Connector for Salesforce CPQ & Billing',
      publisher: 'Stripe, Inc.',
      name: null,
      versionId: '04t4N000000N6FMQA0',
    });
    expect(readInstallPage(doc, CLASSIC).versionId).toBe('04t4N000000N6Jt');
  });

  it('labelled details win over the byline; the version from its label', () => {
    const doc = page(`<h1>Install Salesforce CPQ</h1><p>By Someone</p>
      <div><span>App Name</span><span>Salesforce CPQ</span></div>
      <div><span>Publisher</span><span>Salesforce.com, inc.</span></div>
      <div><span>Version Number</span><span>258.2</span></div>`);
    expect(readInstallPage(doc, AURA)).toMatchObject({
      name: 'Salesforce CPQ',
      publisher: 'Salesforce.com, inc.',
      version: '258.2',
      upgradeFrom: null,
    });
  });
});

describe('readUpgradeLines', () => {
  it('the Aura upgrade header: Installed and New Version, each with the version in parentheses', () => {
    const doc = page(`<h1 class="upgradeHeader">Upgrade Salesforce CPQ</h1>
      <h2 class="upgradeSubHeader">Installed: Salesforce CPQ (2.30)</h2>
      <h2 class="upgradeSubHeader">New Version: Salesforce CPQ (2.31)</h2>`);
    expect(readUpgradeLines(doc)).toEqual({ from: '2.30', to: '2.31' });
    expect(readInstallPage(doc, AURA)).toMatchObject({ version: '2.31', upgradeFrom: '2.30' });
  });

  it('the Classic labels beside their values', () => {
    const doc = page(
      `<table><tr><td>Installed Version</td><td>258.2</td></tr><tr><td>New Version</td><td>260.1</td></tr></table>`,
    );
    expect(readUpgradeLines(doc)).toEqual({ from: '258.2', to: '260.1' });
  });

  it('"Installed Packages" or a line without a version is not an upgrade', () => {
    const doc = page('<a href="/0A3">Installed Packages</a><p>Installed by your admin</p>');
    expect(readUpgradeLines(doc)).toEqual({ from: null, to: null });
  });
});

describe('other page signals', () => {
  it('namespaces shown in the components list, never in script text', () => {
    const doc = page(
      `<ul><li>SBQQ__Quote__c</li><li>SBQQ__QuoteLine__c</li></ul><script>var x = "blng__Invoice__c";</script>`,
    );
    expect(readNamespaces(doc)).toEqual(['SBQQ']);
  });

  it('an installation-key prompt: a password field or its label', () => {
    expect(findKeyPrompt(page('<label>Enter Installation Key</label>'))?.tagName).toBe('LABEL');
    expect(findKeyPrompt(page('<input type="password">'))?.tagName).toBe('INPUT');
    expect(findKeyPrompt(page('<p>Install for All Users</p>'))).toBeNull();
  });

  it('the acknowledgement, with a typographic apostrophe, and its box', () => {
    const doc = page(
      `<div class="ack"><label><input type="checkbox"><span> I acknowledge that I’m installing a Non-Salesforce Application that isn't authorized.</span></label></div>`,
    );
    const found = findAcknowledgement(doc);
    expect(found?.text.tagName).toBe('SPAN');
    expect(found?.box?.tagName).toBe('INPUT');
  });
});
