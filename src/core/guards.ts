/**
 * What the install page must warn about before the admin clicks Install (INSTALL-SEQUENCE.md,
 * "Rules an assistant should enforce or warn about"). Pure: page facts and org state in,
 * warnings out.
 */
import { type Environment, GENERIC_LOGIN_HOSTS } from './hosts';
import { compareVersions } from './packages';
import { PACKAGES, type PackageKey, type StepId, type StepStatus } from './plan';

export type GuardKind =
  | 'order'
  | 'upgrade'
  | 'environment'
  | 'org-unknown'
  | 'license'
  | 'downgrade';

export interface Guard {
  kind: GuardKind;
  tone: 'warning' | 'info';
  title: string;
  text: string;
}

export interface GuardInput {
  package: PackageKey;
  /** Version the install page offers, if shown. */
  version?: string | null;
  /** The page's own host: a generic login host means the org is not known yet. */
  pageHost: string;
  org: string | null;
  orgEnvironment: Environment;
  steps: Partial<Record<StepId, { status: StepStatus; version?: string }>> | null;
  /** The link that brought the admin here, when the extension saw it being chosen. */
  link?: { environment: Environment; host: string; release?: string } | null;
}

/** Which install link an org of each kind should be installed through. */
export function linkEnvironmentFor(org: Environment): 'production' | 'sandbox' | null {
  switch (org) {
    case 'sandbox':
    case 'scratch':
      return 'sandbox';
    case 'production':
    case 'developer':
    case 'trailhead':
    case 'demo':
      return 'production';
    default:
      return null;
  }
}

const LINK_HOST: Record<'production' | 'sandbox', string> = {
  production: 'login.salesforce.com',
  sandbox: 'test.salesforce.com',
};

const ORG_WORDS: Partial<Record<Environment, string>> = {
  production: 'production org',
  sandbox: 'sandbox',
  developer: 'Developer Edition org',
  scratch: 'scratch org',
  trailhead: 'Trailhead Playground',
  demo: 'demo org',
};

export function guardsFor(input: GuardInput): Guard[] {
  const spec = PACKAGES[input.package];
  const guards: Guard[] = [];

  const genericEnvironment = GENERIC_LOGIN_HOSTS[input.pageHost.toLowerCase()];
  if (!input.org) {
    const via = genericEnvironment ? ` (${input.pageHost}: ${genericEnvironment} link)` : '';
    guards.push({
      kind: 'org-unknown',
      tone: 'info',
      title: 'Org not known yet',
      text: `This page is on a generic login host${via}, so the guide cannot tell which org you are installing into. After you log in, Salesforce continues on your org's own domain, where the guide checks the order and the kind of org.`,
    });
    return guards;
  }

  const steps = input.steps ?? {};
  const missing = spec.requires.filter((key) => steps[PACKAGES[key].step]?.status !== 'done');
  if (missing.length > 0) {
    const names = missing.map((key) => PACKAGES[key].title);
    const submitted = missing.filter((k) => steps[PACKAGES[k].step]?.status === 'in-progress');
    const how = missing
      .map((k) =>
        submitted.includes(k)
          ? `${PACKAGES[k].title} was submitted: confirm it in Installed Packages`
          : `install ${PACKAGES[k].title} (Install for ${PACKAGES[k].audience === 'all-users' ? 'All Users' : 'Admins Only'}) and check Installed Packages`,
      )
      .join('; then ');
    guards.push({
      kind: 'order',
      tone: 'warning',
      title:
        submitted.length === missing.length
          ? `Confirm ${names.join(' and ')} first`
          : `Install ${names.join(' and ')} first`,
      text: `${spec.title} depends on ${names.join(' and ')}, which the guide has not confirmed in ${input.org}. First ${how}, or Salesforce will stop this install with "A required package is missing".`,
    });
  }

  if (input.package === 'cpq' && steps['cpq-license']?.status !== 'done') {
    guards.push({
      kind: 'license',
      tone: 'info',
      title: 'Salesforce CPQ License not confirmed',
      text: 'The installing user needs the Salesforce CPQ License permission set license (Setup → Users → your user → Permission Set License Assignments). Open your user page once so the guide can confirm it.',
    });
  }

  const installed = steps[spec.step];
  if (installed?.status === 'done') {
    const from = installed.version ? ` from version ${installed.version}` : '';
    const offered = input.version;
    if (installed.version && offered && compareVersions(offered, installed.version) < 0) {
      guards.push({
        kind: 'downgrade',
        tone: 'warning',
        title: 'Older than the installed version',
        text: `${input.org} already has ${spec.title} ${installed.version}; this page offers ${offered}. Salesforce does not downgrade packages: pick the newest release instead.`,
      });
    } else {
      guards.push({
        kind: 'upgrade',
        tone: 'info',
        title: 'This is an upgrade',
        text: `${spec.title} is already installed in ${input.org}: this is an upgrade${from}${offered ? ` to ${offered}` : ''}.`,
      });
    }
  }

  const expected = linkEnvironmentFor(input.orgEnvironment);
  const used = input.link?.environment ?? null;
  const usedLink = used === 'production' || used === 'sandbox' ? used : null;
  if (expected && usedLink && usedLink !== expected) {
    const orgWords = ORG_WORDS[input.orgEnvironment] ?? 'org';
    guards.push({
      kind: 'environment',
      tone: 'warning',
      title: `${usedLink === 'sandbox' ? 'Sandbox' : 'Production'} link, ${orgWords}`,
      text: `You came here through the ${usedLink} install link (${input.link?.host ?? LINK_HOST[usedLink]}), but ${input.org} is a ${orgWords}. A ${orgWords} installs through ${LINK_HOST[expected]} (the ${expected === 'sandbox' ? 'Sandbox' : 'Production'} link). Check that you are logged into the org you mean to change.`,
    });
  }
  return guards;
}
