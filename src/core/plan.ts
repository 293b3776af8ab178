/**
 * The install sequence as data (docs/salesforce/README.md, "The sequence").
 * Everything that knows "which package, which audience, which order" reads it from here.
 * Texts are message keys (_locales); product names are names, the same in every language.
 */
import type { MessageKey, Translate } from './i18n';

export const STEP_IDS = [
  'cpq-license',
  'cpq-install',
  'cpq-calculation-service',
  'cpq-order-defaults',
  'billing-install',
  'stripe-install',
] as const;
export type StepId = (typeof STEP_IDS)[number];

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
  /** Packages that must be installed first (Salesforce fails the install otherwise). */
  requires: readonly PackageKey[];
  /** Where the admin gets the install link. */
  source: 'quote-to-cash-site' | 'stripe-docs';
  /**
   * Host suffixes of third-party sites only this package asks to reach: a weak hint, used only
   * when the install page names no package (docs/salesforce/install-page.md, "Package identity").
   */
  siteHints: readonly string[];
}

export const PACKAGES: Readonly<Record<PackageKey, PackageSpec>> = {
  cpq: {
    key: 'cpq',
    title: 'Salesforce CPQ',
    names: ['salesforce cpq'],
    namespace: 'SBQQ',
    audience: 'all-users',
    audienceWhy: 'audienceWhyCpq',
    step: 'cpq-install',
    requires: [],
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
    requires: ['cpq'],
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
    requires: ['cpq', 'billing'],
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

export interface StepSpec {
  id: StepId;
  /** The step's full title (message key); see stepTitle. */
  title: MessageKey;
  /** Recommended but not required by the connector. */
  optional: boolean;
  /** The package this step installs, if any. */
  package?: PackageKey;
  /** Steps that must be done (or skipped, if optional) first. */
  after: readonly StepId[];
}

export const STEPS: readonly StepSpec[] = [
  {
    id: 'cpq-license',
    title: 'stepCpqLicense',
    optional: false,
    after: [],
  },
  {
    id: 'cpq-install',
    title: 'stepCpqInstall',
    optional: false,
    package: 'cpq',
    after: ['cpq-license'],
  },
  {
    id: 'cpq-calculation-service',
    title: 'stepCpqCalculationService',
    optional: false,
    after: ['cpq-install'],
  },
  {
    id: 'cpq-order-defaults',
    title: 'stepCpqOrderDefaults',
    optional: true,
    after: ['cpq-install'],
  },
  {
    id: 'billing-install',
    title: 'stepBillingInstall',
    optional: false,
    package: 'billing',
    after: ['cpq-install'],
  },
  {
    id: 'stripe-install',
    title: 'stepStripeInstall',
    optional: false,
    package: 'stripe',
    after: ['cpq-install', 'billing-install'],
  },
];

export const STEP_BY_ID: Readonly<Record<StepId, StepSpec>> = Object.fromEntries(
  STEPS.map((s) => [s.id, s]),
) as Record<StepId, StepSpec>;

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

export function isSettled(status: StepStatus, optional: boolean): boolean {
  return status === 'done' || (optional && status === 'skipped');
}
