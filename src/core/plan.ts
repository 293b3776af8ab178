/**
 * The sequence as data, in two phases: the installs (docs/salesforce/README.md, "The sequence")
 * and the configuration after them (docs/salesforce/configuration-pages.md).
 * Everything that knows "which package, which audience, which order" reads it from here; what
 * comes next is asked of src/core/next-steps.ts, never spelled out elsewhere.
 * Texts are message keys (_locales); product names are names, the same in every language.
 */
import type { MessageKey, Translate } from './i18n';
import type { OrgSettings } from './org-settings';

export const STEP_IDS = [
  'cpq-license',
  'cpq-install',
  'cpq-calculation-service',
  'cpq-order-defaults',
  'billing-install',
  'stripe-install',
  // Phase `configure`, in the order of docs/salesforce/configuration-pages.md.
  'config-permsets-admin',
  'config-permsets-users',
  'config-layout-opportunity',
  'config-layout-account',
  'config-layout-order',
  'config-layout-orderproduct',
  'config-layout-product',
  'config-action-refund',
  'config-action-verify',
  'config-button-ach',
  'config-picklist-bankaccounttype',
  'config-picklist-gatewaytype',
  'config-stripe-authorize',
  'config-billing-batchsize',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const PHASES = ['install', 'configure'] as const;
export type Phase = (typeof PHASES)[number];

/** The org questions a step can depend on (src/core/org-settings.ts). */
export type OrgQuestion = keyof Pick<OrgSettings, 'nonAdminPayments' | 'achPayments'>;
export const ORG_QUESTIONS: readonly OrgQuestion[] = ['nonAdminPayments', 'achPayments'];

export const STEP_STATUSES = ['pending', 'in-progress', 'done', 'skipped', 'blocked'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const PACKAGE_KEYS = ['cpq', 'billing', 'stripe'] as const;
export type PackageKey = (typeof PACKAGE_KEYS)[number];

/** Salesforce's three security options on the install page. CLI: full / none / (profiles). */
export type Audience = 'all-users' | 'admins-only' | 'specific-profiles';

export interface PackageSpec {
  key: PackageKey;
  /** As shown in Installed Packages. */
  title: string;
  /** Names the package is published under, lower-case; matched exactly after whitespace folding. */
  names: readonly string[];
  /** Namespace prefix, when Salesforce publishes it; matched case-insensitively. */
  namespace?: string;
  /** Lower-case text the publisher must contain, for packages identified by name only. */
  publisherIncludes?: string;
  audience: Audience;
  /** Why this audience, in a sentence (message key). */
  audienceWhy: MessageKey;
  step: StepId;
  /**
   * Packages that must be installed first (Salesforce fails the install otherwise): read from
   * the plan, the package steps this package's step comes `after` (directly or not).
   */
  requires: readonly PackageKey[];
  /** Where the admin gets the install link. */
  source: 'quote-to-cash-site' | 'stripe-docs';
  /**
   * Host suffixes of third-party sites only this package asks to reach: a weak hint, used only
   * when the install page names no package (docs/salesforce/install-page.md, "Package identity").
   */
  siteHints: readonly string[];
}

const PACKAGE_SPECS: Readonly<Record<PackageKey, Omit<PackageSpec, 'requires'>>> = {
  cpq: {
    key: 'cpq',
    title: 'Salesforce CPQ',
    names: ['salesforce cpq'],
    namespace: 'SBQQ',
    audience: 'all-users',
    audienceWhy: 'audienceWhyCpq',
    step: 'cpq-install',
    source: 'quote-to-cash-site',
    siteHints: ['steelbrick.com', 'steelbrick-cpq-calc.herokuapp.com'],
  },
  billing: {
    key: 'billing',
    title: 'Salesforce Billing',
    names: ['salesforce billing'],
    namespace: 'blng',
    audience: 'all-users',
    audienceWhy: 'audienceWhyBilling',
    step: 'billing-install',
    source: 'quote-to-cash-site',
    siteHints: [],
  },
  stripe: {
    key: 'stripe',
    title: 'Stripe Connector for Salesforce Billing',
    names: [
      'stripe connector for salesforce billing',
      'stripe connector for salesforce cpq & billing',
      'stripe connector for salesforce cpq and billing',
      'stripe for salesforce billing',
    ],
    publisherIncludes: 'stripe',
    audience: 'admins-only',
    audienceWhy: 'audienceWhyStripe',
    step: 'stripe-install',
    source: 'stripe-docs',
    siteHints: ['stripe.com'],
  },
};

/**
 * Stripe's newer app family (docs/salesforce/install-page.md): not this
 * sequence's connector, named as such when an install page or Installed Packages shows it.
 */
export const OTHER_STRIPE_PACKAGES: readonly string[] = [
  'stripe connector for salesforce platform',
  'salesforce billing extension',
];

/**
 * Where a configuration step is done, for the one button of the popup and the launcher
 * (src/core/deep-links.ts builds the org's URL).
 */
export type StepLink =
  /** A Setup page of the org, by its path on the Setup host. */
  | { to: 'setup'; path: string; label: MessageKey; args?: readonly string[] }
  /** The admin's own user page (the one the licence step was confirmed on), else Users. */
  | { to: 'own-user' }
  /** The org's Lightning home, where the App Launcher opens the named app. */
  | { to: 'app-launcher'; app: string };

export interface StepSpec {
  id: StepId;
  phase: Phase;
  /** The step's full title (message key); see stepTitle. */
  title: MessageKey;
  /** What the admin does, in a sentence (message key); configuration steps have one. */
  description?: MessageKey;
  /** Recommended but not required by the connector. */
  optional: boolean;
  /**
   * Needed only when the org's answer to this question is yes: no → skipped with that answer,
   * unanswered → open, and the popup asks (src/core/next-steps.ts).
   */
  ask?: OrgQuestion;
  /** The package this step installs, if any. */
  package?: PackageKey;
  /** Steps that must be settled first (src/core/next-steps.ts says what settled means). */
  after: readonly StepId[];
  /** Where the step is done (configuration steps; install steps' links are in deep-links.ts). */
  link?: StepLink;
}

/** The object's Page Layouts tab: its API name in the URL, its label on the button. */
const layouts = (apiName: string, label = apiName): StepLink => ({
  to: 'setup',
  path: `/lightning/setup/ObjectManager/${apiName}/PageLayouts/view`,
  label: 'nextOpenLayoutsLabel',
  args: [label],
});
const OBJECT_MANAGER: StepLink = {
  to: 'setup',
  path: '/lightning/setup/ObjectManager/home',
  label: 'nextOpenObjectManagerLabel',
};
const PICKLISTS: StepLink = {
  to: 'setup',
  path: '/lightning/setup/Picklists/home',
  label: 'nextOpenPicklistsLabel',
};
const INSTALLED_PACKAGES: StepLink = {
  to: 'setup',
  path: '/lightning/setup/ImportedPackage/home',
  label: 'nextOpenPackagesLabel',
};

export const STEPS: readonly StepSpec[] = [
  {
    id: 'cpq-license',
    phase: 'install',
    title: 'stepCpqLicense',
    optional: false,
    after: [],
  },
  {
    id: 'cpq-install',
    phase: 'install',
    title: 'stepCpqInstall',
    optional: false,
    package: 'cpq',
    after: ['cpq-license'],
  },
  {
    id: 'cpq-calculation-service',
    phase: 'install',
    title: 'stepCpqCalculationService',
    optional: false,
    after: ['cpq-install'],
  },
  {
    id: 'cpq-order-defaults',
    phase: 'install',
    title: 'stepCpqOrderDefaults',
    optional: true,
    after: ['cpq-install'],
  },
  {
    id: 'billing-install',
    phase: 'install',
    title: 'stepBillingInstall',
    optional: false,
    package: 'billing',
    after: ['cpq-install'],
  },
  {
    id: 'stripe-install',
    phase: 'install',
    title: 'stepStripeInstall',
    optional: false,
    package: 'stripe',
    after: ['cpq-install', 'billing-install'],
  },
  // Configuration: the Stripe sets and the connector's objects exist once the installs are done.
  {
    id: 'config-permsets-admin',
    phase: 'configure',
    title: 'stepConfigPermsetsAdmin',
    description: 'stepConfigPermsetsAdminText',
    optional: false,
    after: ['cpq-install', 'billing-install', 'stripe-install'],
    link: { to: 'own-user' },
  },
  {
    id: 'config-permsets-users',
    phase: 'configure',
    title: 'stepConfigPermsetsUsers',
    description: 'stepConfigPermsetsUsersText',
    optional: false,
    ask: 'nonAdminPayments',
    after: ['cpq-install', 'stripe-install'],
    link: {
      to: 'setup',
      path: '/lightning/setup/PermSets/home',
      label: 'nextOpenPermSetsLabel',
    },
  },
  {
    id: 'config-layout-opportunity',
    phase: 'configure',
    title: 'stepConfigLayoutOpportunity',
    description: 'stepConfigLayoutOpportunityText',
    optional: false,
    after: ['cpq-install'],
    link: layouts('Opportunity'),
  },
  {
    id: 'config-layout-account',
    phase: 'configure',
    title: 'stepConfigLayoutAccount',
    description: 'stepConfigLayoutAccountText',
    optional: false,
    after: ['billing-install'],
    link: layouts('Account'),
  },
  {
    id: 'config-layout-order',
    phase: 'configure',
    title: 'stepConfigLayoutOrder',
    description: 'stepConfigLayoutOrderText',
    optional: false,
    after: ['billing-install'],
    link: layouts('Order'),
  },
  {
    id: 'config-layout-orderproduct',
    phase: 'configure',
    title: 'stepConfigLayoutOrderProduct',
    description: 'stepConfigLayoutOrderProductText',
    optional: false,
    after: ['billing-install'],
    link: layouts('OrderItem', 'Order Product'),
  },
  {
    id: 'config-layout-product',
    phase: 'configure',
    title: 'stepConfigLayoutProduct',
    description: 'stepConfigLayoutProductText',
    optional: false,
    after: ['billing-install'],
    link: layouts('Product2', 'Product'),
  },
  {
    id: 'config-action-refund',
    phase: 'configure',
    title: 'stepConfigActionRefund',
    description: 'stepConfigActionRefundText',
    optional: false,
    after: ['billing-install', 'stripe-install'],
    // Billing objects sit in Object Manager under their 01I… id, not a name we can link to.
    link: OBJECT_MANAGER,
  },
  {
    id: 'config-action-verify',
    phase: 'configure',
    title: 'stepConfigActionVerify',
    description: 'stepConfigActionVerifyText',
    optional: false,
    ask: 'achPayments',
    after: ['billing-install', 'stripe-install'],
    link: OBJECT_MANAGER,
  },
  {
    id: 'config-button-ach',
    phase: 'configure',
    title: 'stepConfigButtonAch',
    description: 'stepConfigButtonAchText',
    optional: false,
    ask: 'achPayments',
    // The button goes on the Billing Account Layout that config-layout-account assigns.
    after: ['stripe-install', 'config-layout-account'],
    link: layouts('Account'),
  },
  {
    id: 'config-picklist-bankaccounttype',
    phase: 'configure',
    title: 'stepConfigPicklistBankAccountType',
    description: 'stepConfigPicklistBankAccountTypeText',
    optional: false,
    ask: 'achPayments',
    after: ['billing-install'],
    link: PICKLISTS,
  },
  {
    id: 'config-picklist-gatewaytype',
    phase: 'configure',
    title: 'stepConfigPicklistGatewayType',
    description: 'stepConfigPicklistGatewayTypeText',
    optional: false,
    after: ['billing-install'],
    link: PICKLISTS,
  },
  {
    id: 'config-stripe-authorize',
    phase: 'configure',
    title: 'stepConfigStripeAuthorize',
    description: 'stepConfigStripeAuthorizeText',
    optional: false,
    // The Stripe Payment Gateway Admin set opens the setup app to the admin.
    after: ['stripe-install', 'config-permsets-admin'],
    link: { to: 'app-launcher', app: 'Stripe Payment Gateway Setup' },
  },
  {
    id: 'config-billing-batchsize',
    phase: 'configure',
    title: 'stepConfigBillingBatchSize',
    description: 'stepConfigBillingBatchSizeText',
    optional: true,
    after: ['billing-install'],
    link: INSTALLED_PACKAGES,
  },
];

export const STEP_BY_ID: Readonly<Record<StepId, StepSpec>> = Object.fromEntries(
  STEPS.map((s) => [s.id, s]),
) as Record<StepId, StepSpec>;

/** Every step `id` comes after, directly or through others, in plan order. */
export function prerequisitesOf(id: StepId, plan: readonly StepSpec[] = STEPS): StepId[] {
  const byId = new Map(plan.map((s) => [s.id, s]));
  const found = new Set<StepId>();
  const visit = (step: StepId) => {
    for (const before of byId.get(step)?.after ?? []) {
      if (found.has(before)) continue;
      found.add(before);
      visit(before);
    }
  };
  visit(id);
  return plan.flatMap((s) => (found.has(s.id) ? [s.id] : []));
}

function withRequires(key: PackageKey): PackageSpec {
  const spec = PACKAGE_SPECS[key];
  const requires = prerequisitesOf(spec.step).flatMap((id) => {
    const pkg = STEP_BY_ID[id].package;
    return pkg ? [pkg] : [];
  });
  return { ...spec, requires };
}

export const PACKAGES: Readonly<Record<PackageKey, PackageSpec>> = {
  cpq: withRequires('cpq'),
  billing: withRequires('billing'),
  stripe: withRequires('stripe'),
};

export const stepTitle = (id: StepId, t: Translate): string => t(STEP_BY_ID[id].title);

/** Salesforce's name of each security option on the install page, in the UI language. */
export const AUDIENCE_LABELS: Readonly<Record<Audience, MessageKey>> = {
  'all-users': 'audienceAllUsers',
  'admins-only': 'audienceAdminsOnly',
  'specific-profiles': 'audienceSpecificProfiles',
};

/**
 * The CPQ Order tab values the connector's docs recommend. The start date is the option's
 * English text, the value observations carry whatever the Setup language (content scripts map
 * the page's own label to it).
 */
export const RECOMMENDED_ORDER_DEFAULTS = {
  allowMultipleOrders: true,
  defaultOrderStartDate: 'Quote Start Date',
} as const;

export const STRIPE_DOCS = {
  install: 'https://docs.stripe.com/connectors/salesforce-billing/install',
  configure: 'https://docs.stripe.com/connectors/salesforce-billing/configuration',
} as const;

export const QUOTE_TO_CASH_SITE = 'https://install.steelbrick.com/';
