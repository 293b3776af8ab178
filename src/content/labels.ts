/**
 * The Salesforce label texts recognizers look for, per Setup UI language. Adding a language
 * is adding a table in ./labels/ and a line in ./labels/language.ts; no recognizer logic changes.
 * Matching folds case, whitespace, accents, typographic apostrophes and the ellipsis character
 * (foldText) and ignores a trailing colon or ellipsis. In the German and French tables a text
 * wrapped in low(…) or unsure(…) is not confirmed on a real org (./labels/confidence.ts; each
 * text's source: docs/salesforce/labels.md). Recognizers prefer language-neutral anchors where
 * the page has them (URL paths, namespaces, input types, #oaapprove); these labels are for the
 * rest.
 *
 * The page's language comes from <html lang> (Salesforce sets it to the user's language);
 * a page without one, or in a language not listed here, is read with the English labels.
 *
 * English ships with the reading code; another language's table is loaded (loadLabels) before a
 * page's features start on a page in that language, so `labels()` stays synchronous for its callers.
 */
import { loadedLabels, setupLanguage } from './labels/language';

export interface SalesforceLabels {
  installPage: {
    packageName: readonly string[];
    publisher: readonly string[];
    version: readonly string[];
    audience: { 'admins-only': string; 'all-users': string; 'specific-profiles': string };
    install: readonly string[];
    upgrade: readonly string[];
    grantAccess: readonly string[];
    continue: readonly string[];
    complete: readonly string[];
    longRunning: readonly string[];
    failure: readonly string[];
    /** The heading that names the package, `{name}` where the name stands ("Install {name}"). */
    heading: readonly string[];
    /** The word before the publisher in the line under the heading ("By Stripe"). */
    byline: readonly string[];
    /** Upgrade header lines: the installed version and the new one, each with "(256.1)". */
    upgradeInstalled: readonly string[];
    upgradeNewVersion: readonly string[];
    /** An installation-key prompt (the package shows only once the key is accepted). */
    installationKey: readonly string[];
    /** The start of the non-Salesforce application acknowledgement (never ticked by the guide). */
    acknowledgement: readonly string[];
  };
  installedPackages: {
    /** Column headers of the Installed Packages list. */
    columns: {
      name: readonly string[];
      publisher: readonly string[];
      version: readonly string[];
      namespace: readonly string[];
      installedOn: readonly string[];
    };
    configure: readonly string[];
    /** A word of the title of the Uninstalled Packages list (its packages are not installed). */
    uninstalledTitle: readonly string[];
  };
  cpqSettings: {
    /** The settings page's title (a heading). */
    title: readonly string[];
    tabs: readonly string[];
    pricingTab: string;
    orderTab: string;
    authorize: string;
    allowMultipleOrders: string;
    defaultOrderStartDate: string;
    quoteStartDate: string;
    /** The empty choice of a picklist. */
    none: readonly string[];
    save: readonly string[];
  };
  remoteAccess: { allow: readonly string[] };
  userDetail: {
    licenseList: string;
    cpqLicense: string;
    editAssignments: readonly string[];
    name: readonly string[];
    /** Action links of a related-list row (not a licence name). */
    rowActions: readonly string[];
    noRecords: readonly string[];
    /** The word before the user's name in the page heading ("User: Ada Admin"). */
    headingPrefix: readonly string[];
  };
}

export const en: SalesforceLabels = {
  installPage: {
    packageName: ['Package Name', 'App Name'],
    publisher: ['Publisher'],
    version: ['Version Number', 'Version'],
    audience: {
      'admins-only': 'Install for Admins Only',
      'all-users': 'Install for All Users',
      'specific-profiles': 'Install for Specific Profiles',
    },
    install: ['Install'],
    upgrade: ['Upgrade'],
    grantAccess: [
      'Yes, grant access to these third-party web sites',
      'Yes, grant access to these third-party websites',
    ],
    continue: ['Continue'],
    complete: ['Installation Complete!', 'Installation Complete', 'Upgrade Complete!'],
    longRunning: ['This app is taking a long time to install'],
    failure: [
      'A required package is missing',
      'Only one person in your organization can install or upload a package at a time',
      'Installation failed',
      'Package installation failed',
      "This package can't be installed",
      'There are problems that prevent this package from being installed',
    ],
    heading: ['Install {name}', 'Upgrade {name}'],
    byline: ['By'],
    upgradeInstalled: ['Installed', 'Installed Version'],
    upgradeNewVersion: ['New Version'],
    installationKey: ['Installation Key', 'Enter Installation Key', 'Enter the installation key'],
    acknowledgement: ["I acknowledge that I'm installing a Non-Salesforce Application"],
  },
  installedPackages: {
    columns: {
      name: ['Package Name'],
      publisher: ['Publisher'],
      version: ['Version Number', 'Version'],
      namespace: ['Namespace Prefix', 'Namespace'],
      installedOn: ['Install Date', 'Installed Date'],
    },
    configure: ['Configure'],
    uninstalledTitle: ['Uninstalled'],
  },
  cpqSettings: {
    title: ['Settings Editor', 'Salesforce CPQ Settings'],
    tabs: [
      'Documents',
      'Groups',
      'Line Editor',
      'Plugins',
      'Pricing and Calculation',
      'Subscriptions and Renewals',
      'Quote',
      'Order',
      'Additional Settings',
    ],
    pricingTab: 'Pricing and Calculation',
    orderTab: 'Order',
    authorize: 'Authorize new calculation service',
    allowMultipleOrders: 'Allow Multiple Orders',
    defaultOrderStartDate: 'Default Order Start Date',
    quoteStartDate: 'Quote Start Date',
    none: ['-- None --', '--None--'],
    save: ['Save'],
  },
  remoteAccess: { allow: ['Allow'] },
  userDetail: {
    licenseList: 'Permission Set License Assignments',
    cpqLicense: 'Salesforce CPQ License',
    editAssignments: ['Edit Assignments'],
    name: ['Name', 'Full Name'],
    rowActions: ['Del', 'Edit', 'Remove'],
    noRecords: ['No records to display'],
    headingPrefix: ['User'],
  },
};

export type { Confidence, LabelConfidence } from './labels/confidence';
export { loadLabels, type SetupLanguage, setupLanguage } from './labels/language';

/**
 * The labels of the page's Setup UI language (its <html lang>): English when the language is
 * unknown, or (never for a page feature: its init runs after loadLabels) not loaded yet.
 */
export function labels(doc: Document | undefined = globalThis.document): SalesforceLabels {
  return loadedLabels(setupLanguage(doc?.documentElement?.lang)) ?? en;
}
