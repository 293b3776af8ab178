/**
 * The Salesforce label texts recognizers look for, per Setup UI language. Adding a language
 * is adding an entry here; no recognizer logic changes. Matching folds case and whitespace
 * and ignores a trailing colon or ellipsis.
 */
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
  };
  cpqSettings: {
    tabs: readonly string[];
    pricingTab: string;
    orderTab: string;
    authorize: string;
    allowMultipleOrders: string;
    defaultOrderStartDate: string;
    quoteStartDate: string;
    save: readonly string[];
  };
  remoteAccess: { allow: readonly string[] };
  userDetail: {
    licenseList: string;
    cpqLicense: string;
    editAssignments: readonly string[];
    name: readonly string[];
  };
}

export const LABELS: Record<'en', SalesforceLabels> = {
  en: {
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
      ],
    },
    cpqSettings: {
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
      save: ['Save'],
    },
    remoteAccess: { allow: ['Allow'] },
    userDetail: {
      licenseList: 'Permission Set License Assignments',
      cpqLicense: 'Salesforce CPQ License',
      editAssignments: ['Edit Assignments'],
      name: ['Name', 'Full Name'],
    },
  },
};

/** The Setup UI language is English for now; others are added as data above. */
export const labels = (): SalesforceLabels => LABELS.en;
