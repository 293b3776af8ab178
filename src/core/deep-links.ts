/**
 * Where the admin goes next: Setup URLs of an org and the one link for a report's next step.
 * Pure string work (no DOM, no browser API), so the popup and the tests share it.
 *
 * Setup lives on "<org>[.<partition>].my.salesforce-setup.com" since the 2024 Setup-domain move;
 * the partition word names the kind of org (see PARTITIONS in hosts.ts, which reads it back).
 */
import { type Environment, identifyHost } from './hosts';
import { PACKAGES, type PackageKey, QUOTE_TO_CASH_SITE, STEP_BY_ID, STRIPE_DOCS } from './plan';
import type { Report } from './progress';

export const SETUP_DOMAIN = 'my.salesforce-setup.com';

/** The partition word enhanced My Domain puts before the suffix; production has none. */
const PARTITION_WORD: Readonly<Record<Environment, string | null>> = {
  production: null,
  sandbox: 'sandbox',
  developer: 'develop',
  scratch: 'scratch',
  trailhead: 'trailblaze',
  demo: 'demo',
  unknown: null,
};

/**
 * The environment to use for an org whose record says `environment`. An org first recorded from
 * the popup (by hand) is 'unknown' until a Salesforce page is seen; then its My Domain name is
 * read the way hosts.ts reads a legacy host without a partition word ("--" is the sandbox
 * separator, "-dev-ed" the Developer Edition suffix). A plain name stays 'unknown': it may be a
 * production org, but we do not claim so.
 */
export function orgEnvironment(org: string, environment: Environment): Environment {
  if (environment !== 'unknown') return environment;
  const fromName = identifyHost(`${org}.my.salesforce.com`);
  if (fromName?.org !== org) return 'unknown';
  return fromName.environment === 'production' ? 'unknown' : fromName.environment;
}

/** Host of the org's Setup: acme.my.salesforce-setup.com, acme--uat.sandbox.my.salesforce-setup.com. */
export function setupHost(org: string, environment: Environment): string {
  const word = PARTITION_WORD[orgEnvironment(org, environment)];
  return word === null ? `${org}.${SETUP_DOMAIN}` : `${org}.${word}.${SETUP_DOMAIN}`;
}

/** Setup → Apps → Packaging → Installed Packages. */
export function installedPackagesUrl(org: string, environment: Environment): string {
  return `https://${setupHost(org, environment)}/lightning/setup/ImportedPackage/home`;
}

/** Setup → Users → Users. */
export function usersUrl(org: string, environment: Environment): string {
  return `https://${setupHost(org, environment)}/lightning/setup/ManageUsers/home`;
}

export interface NextLink {
  /** Text of the button: says where it goes. */
  label: string;
  href: string;
  /** What to do once there. */
  note?: string;
}

/** Which install link to choose on the install site for this kind of org. */
export function installLinkChoice(environment: Environment): string {
  switch (environment) {
    case 'sandbox':
      return 'Choose the Sandbox link: this is a sandbox org.';
    case 'scratch':
      return 'Choose the Sandbox link: this is a scratch org.';
    case 'production':
      return 'Choose the Production link: this is a production org.';
    case 'developer':
      return 'Choose the Production link: this is a Developer Edition org.';
    case 'trailhead':
      return 'Choose the Production link: this is a Trailhead Playground.';
    case 'demo':
      return 'Choose the Production link: this is a demo org.';
    case 'unknown':
      return 'Choose the Sandbox link for a sandbox or scratch org, the Production link otherwise.';
  }
}

const AUDIENCE_WORDS = {
  'all-users': 'Install for All Users',
  'admins-only': 'Install for Admins Only',
  'specific-profiles': 'Install for Specific Profiles',
} as const;

function installNote(pkg: PackageKey, environment: Environment): string {
  return `${installLinkChoice(environment)} Then select ${AUDIENCE_WORDS[PACKAGES[pkg].audience]}.`;
}

/** The one link for the report's next step; the connector's configuration once all are done. */
export function nextStepLink(
  report: Pick<Report, 'org' | 'environment' | 'summary' | 'steps'>,
): NextLink | null {
  const { org } = report;
  const environment = orgEnvironment(org, report.environment);
  const next = report.summary.next;
  if (next === null) {
    return {
      label: 'Configure the connector',
      href: STRIPE_DOCS.configure,
      note: 'All steps are done. Next: configure Stripe for Salesforce Billing, then ACH.',
    };
  }
  const status = report.steps.find((s) => s.id === next)?.status;
  const pkg = STEP_BY_ID[next].package;
  // An install was submitted: Salesforce emails when done; the proof is in Installed Packages.
  if (pkg && status === 'in-progress') {
    return {
      label: 'Check Installed Packages',
      href: installedPackagesUrl(org, environment),
      note: `${PACKAGES[pkg].title} install was submitted: check that it is listed.`,
    };
  }
  switch (next) {
    case 'cpq-license':
      return {
        label: 'Open Users',
        href: usersUrl(org, environment),
        note: 'Open your user: Permission Set License Assignments → assign Salesforce CPQ License.',
      };
    case 'cpq-install':
      return {
        label: 'Open the CPQ install site',
        href: QUOTE_TO_CASH_SITE,
        note: `Salesforce CPQ, most recent release. ${installNote('cpq', environment)}`,
      };
    case 'billing-install':
      return {
        label: 'Open the Billing install site',
        href: QUOTE_TO_CASH_SITE,
        note: `Salesforce Billing section, most recent release. ${installNote('billing', environment)}`,
      };
    case 'cpq-calculation-service':
      return {
        label: 'Open Installed Packages',
        href: installedPackagesUrl(org, environment),
        note: 'Click Configure on Salesforce CPQ → Pricing and Calculation → Authorize new calculation service.',
      };
    case 'cpq-order-defaults':
      return {
        label: 'Open Installed Packages',
        href: installedPackagesUrl(org, environment),
        note: 'Click Configure on Salesforce CPQ → Order: tick Allow Multiple Orders, Default Order Start Date = Quote Start Date, Save.',
      };
    case 'stripe-install':
      return {
        label: "Open Stripe's install page",
        href: STRIPE_DOCS.install,
        note: installNote('stripe', environment),
      };
  }
}
