/**
 * Where the admin goes next: Setup URLs of an org and the one link for a report's next step.
 * Pure string work (no DOM, no browser API), so the popup and the tests share it; texts come from
 * the `t` passed in.
 *
 * Setup lives on "<org>[.<partition>].my.salesforce-setup.com" since the 2024 Setup-domain move;
 * the partition word names the kind of org (see PARTITIONS in hosts.ts, which reads it back).
 */
import { type Environment, identifyHost } from './hosts';
import type { MessageKey, Translate } from './i18n';
import {
  AUDIENCE_LABELS,
  PACKAGES,
  type PackageKey,
  QUOTE_TO_CASH_SITE,
  STEP_BY_ID,
  STRIPE_DOCS,
  type StepSpec,
} from './plan';
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

/** The org's Lightning home on its My Domain host, where the App Launcher is. */
export function lightningHomeUrl(org: string, environment: Environment): string {
  const word = PARTITION_WORD[orgEnvironment(org, environment)];
  const host = word === null ? `${org}.my.salesforce.com` : `${org}.${word}.my.salesforce.com`;
  return `https://${host}/lightning/page/home`;
}

/** A user detail page of this org the admin was seen on (the licence step's evidence), if any. */
function ownUserPage(report: Pick<Report, 'org' | 'steps'>): string | null {
  const url = report.steps.find((s) => s.id === 'cpq-license')?.evidence?.url;
  try {
    const u = new URL(url ?? '');
    const onOrg = identifyHost(u.hostname)?.org === report.org;
    const userPage = /^\/005[A-Za-z0-9]{12,15}$/.test(u.pathname) || u.search.includes('%2F005');
    return u.protocol === 'https:' && onOrg && userPage ? u.href : null;
  } catch {
    return null;
  }
}

/** The link of a configuration step, from its plan entry. */
function configureLink(
  spec: StepSpec,
  report: Pick<Report, 'org' | 'steps'>,
  environment: Environment,
  t: Translate,
): NextLink | null {
  const { org } = report;
  const note = spec.description ? t(spec.description) : undefined;
  const link = spec.link;
  if (!link) return null;
  switch (link.to) {
    case 'setup':
      return {
        label: t(link.label, ...(link.args ?? [])),
        href: `https://${setupHost(org, environment)}${link.path}`,
        ...(note && { note }),
      };
    case 'own-user': {
      const own = ownUserPage(report);
      return {
        label: t(own ? 'nextOpenOwnUserLabel' : 'nextOpenUsersLabel'),
        href: own ?? usersUrl(org, environment),
        ...(note && { note }),
      };
    }
    case 'app-launcher':
      return {
        label: t('nextOpenAppLauncherLabel'),
        href: lightningHomeUrl(org, environment),
        note: t('nextAppLauncherNote', link.app, note ?? ''),
      };
  }
}

export interface NextLink {
  /** Text of the button: says where it goes. */
  label: string;
  href: string;
  /** What to do once there. */
  note?: string;
}

const LINK_CHOICE: Readonly<Record<Environment, MessageKey>> = {
  sandbox: 'linkChoiceSandbox',
  scratch: 'linkChoiceScratch',
  production: 'linkChoiceProduction',
  developer: 'linkChoiceDeveloper',
  trailhead: 'linkChoiceTrailhead',
  demo: 'linkChoiceDemo',
  unknown: 'linkChoiceUnknown',
};

/** Which install link to choose on the install site for this kind of org. */
export function installLinkChoice(environment: Environment, t: Translate): string {
  return t(LINK_CHOICE[environment]);
}

function installNote(pkg: PackageKey, environment: Environment, t: Translate): string {
  return t(
    'nextInstallNote',
    installLinkChoice(environment, t),
    t(AUDIENCE_LABELS[PACKAGES[pkg].audience]),
  );
}

/** The one link for the report's next step (plan order); Stripe's configuration guide once all are done. */
export function nextStepLink(
  report: Pick<Report, 'org' | 'environment' | 'summary' | 'steps'> &
    Partial<Pick<Report, 'orgSettings'>>,
  t: Translate,
): NextLink | null {
  // The environment is decided by the caller (src/core/org-view.ts).
  const { org, environment } = report;
  const next = report.summary.next;
  if (next === null) {
    return {
      label: t('nextConfigureLabel'),
      href: STRIPE_DOCS.configure,
      note: t('nextConfigureNote'),
    };
  }
  const step = report.steps.find((s) => s.id === next);
  const status = step?.status;
  const spec = STEP_BY_ID[next];
  if (spec.phase === 'configure') {
    const link = configureLink(spec, report, environment, t);
    // A question decides whether this step is needed: the popup asks it beside the link.
    if (link && spec.ask && report.orgSettings?.[spec.ask] === undefined)
      return { ...link, note: `${t('nextAskNote')} ${link.note ?? ''}`.trim() };
    return link;
  }
  const pkg = spec.package;
  // An install was submitted: Salesforce emails when done; the proof is in Installed Packages.
  if (pkg && status === 'in-progress') {
    return {
      label: t('nextCheckPackagesLabel'),
      href: installedPackagesUrl(org, environment),
      note: t('nextCheckPackagesNote', PACKAGES[pkg].title),
    };
  }
  switch (next) {
    case 'cpq-license':
      return {
        label: t('nextOpenUsersLabel'),
        href: usersUrl(org, environment),
        note: t('nextOpenUsersNote'),
      };
    case 'cpq-install':
      return {
        label: t('nextCpqSiteLabel'),
        href: QUOTE_TO_CASH_SITE,
        note: t('nextCpqSiteNote', installNote('cpq', environment, t)),
      };
    case 'billing-install':
      return {
        label: t('nextBillingSiteLabel'),
        href: QUOTE_TO_CASH_SITE,
        note: t('nextBillingSiteNote', installNote('billing', environment, t)),
      };
    case 'cpq-calculation-service':
      return {
        label: t('nextOpenPackagesLabel'),
        href: installedPackagesUrl(org, environment),
        note: t('nextCalculationNote'),
      };
    case 'cpq-order-defaults':
      return {
        label: t('nextOpenPackagesLabel'),
        href: installedPackagesUrl(org, environment),
        note: t('nextOrderNote'),
      };
    case 'stripe-install':
      return {
        label: t('nextStripeLabel'),
        href: STRIPE_DOCS.install,
        note: installNote('stripe', environment, t),
      };
    default:
      return null;
  }
}
