/**
 * What the install page must warn about before the admin clicks Install (docs/salesforce/README.md,
 * "Rules an assistant should enforce or warn about"). Pure: page facts and org state in,
 * warnings out, in the language of the `t` passed in.
 */

import type { MessageKey, Translate } from './i18n';
import { type Environment, GENERIC_LOGIN_HOSTS } from './login-hosts';
import { compareVersions } from './packages';
import {
  AUDIENCE_LABELS,
  PACKAGES,
  type PackageKey,
  prerequisitesOf,
  STEP_BY_ID,
  type StepId,
  type StepStatus,
} from './plan';

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
  /** The installed version the page's upgrade header names, if it shows one. */
  upgradeFrom?: string | null;
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

/** The kind of org, as a noun ("production org"), per environment. */
export const ORG_WORDS: Readonly<Record<Environment, MessageKey>> = {
  production: 'orgWordProduction',
  sandbox: 'orgWordSandbox',
  developer: 'orgWordDeveloper',
  scratch: 'orgWordScratch',
  trailhead: 'orgWordTrailhead',
  demo: 'orgWordDemo',
  unknown: 'orgWordUnknown',
};

/** "A and B" (and "A and B and C"), in the UI language. */
export const andList = (items: readonly string[], t: Translate): string =>
  items.reduce((list, item) => t('listAnd', list, item));

export function guardsFor(input: GuardInput, t: Translate): Guard[] {
  const spec = PACKAGES[input.package];
  const guards: Guard[] = [];

  const genericEnvironment = GENERIC_LOGIN_HOSTS[input.pageHost.toLowerCase()];
  const installed = input.steps?.[spec.step];
  // The page's own upgrade header speaks even where this org has no confirmation yet.
  if (input.upgradeFrom && installed?.status !== 'done') {
    const from = input.upgradeFrom;
    const offered = input.version;
    guards.push(
      offered && compareVersions(offered, from) < 0
        ? {
            kind: 'downgrade',
            tone: 'warning',
            title: t('guardDowngradeTitle'),
            text: t('guardDowngradePageText', spec.title, from, offered),
          }
        : {
            kind: 'upgrade',
            tone: 'info',
            title: t('guardUpgradeTitle'),
            text: t('guardUpgradePageFromTo', spec.title, from, offered ?? '?'),
          },
    );
  }
  if (!input.org) {
    guards.push({
      kind: 'org-unknown',
      tone: 'info',
      title: t('guardOrgUnknownTitle'),
      text:
        genericEnvironment === 'sandbox' || genericEnvironment === 'production'
          ? t(
              'guardOrgUnknownTextVia',
              input.pageHost,
              t(genericEnvironment === 'sandbox' ? 'linkWordSandbox' : 'linkWordProduction'),
            )
          : t('guardOrgUnknownText'),
    });
    return guards;
  }

  const steps = input.steps ?? {};
  // The plan says what comes first: every install step this package's step comes after.
  const before = prerequisitesOf(spec.step);
  const missing = before.flatMap((id) => {
    const key = STEP_BY_ID[id].package;
    return key && steps[id]?.status !== 'done' ? [key] : [];
  });
  if (missing.length > 0) {
    const names = andList(
      missing.map((key) => PACKAGES[key].title),
      t,
    );
    const submitted = missing.filter((k) => steps[PACKAGES[k].step]?.status === 'in-progress');
    const how = missing
      .map((k) =>
        submitted.includes(k)
          ? t('guardOrderSubmitted', PACKAGES[k].title)
          : t('guardOrderInstall', PACKAGES[k].title, t(AUDIENCE_LABELS[PACKAGES[k].audience])),
      )
      .reduce((first, then) => t('guardOrderThen', first, then));
    guards.push({
      kind: 'order',
      tone: 'warning',
      title:
        submitted.length === missing.length
          ? t('guardOrderTitleConfirm', names)
          : t('guardOrderTitleInstall', names),
      text: t('guardOrderText', spec.title, names, input.org, how),
    });
  }

  // The licence comes straight before the CPQ install in the plan; later installs only need CPQ.
  if (
    STEP_BY_ID[spec.step].after.includes('cpq-license') &&
    steps['cpq-license']?.status !== 'done'
  ) {
    guards.push({
      kind: 'license',
      tone: 'info',
      title: t('guardLicenseTitle'),
      text: t('guardLicenseText'),
    });
  }

  if (installed?.status === 'done') {
    const from = installed.version ?? input.upgradeFrom;
    const offered = input.version;
    if (from && offered && compareVersions(offered, from) < 0) {
      guards.push({
        kind: 'downgrade',
        tone: 'warning',
        title: t('guardDowngradeTitle'),
        text: t('guardDowngradeText', input.org, spec.title, from, offered),
      });
    } else {
      guards.push({
        kind: 'upgrade',
        tone: 'info',
        title: t('guardUpgradeTitle'),
        text:
          from && offered
            ? t('guardUpgradeTextFromTo', spec.title, input.org, from, offered)
            : from
              ? t('guardUpgradeTextFrom', spec.title, input.org, from)
              : offered
                ? t('guardUpgradeTextTo', spec.title, input.org, offered)
                : t('guardUpgradeText', spec.title, input.org),
      });
    }
  }

  const expected = linkEnvironmentFor(input.orgEnvironment);
  const used = input.link?.environment ?? null;
  const usedLink = used === 'production' || used === 'sandbox' ? used : null;
  if (expected && usedLink && usedLink !== expected) {
    const orgWords = t(ORG_WORDS[input.orgEnvironment]);
    const host = input.link?.host ?? LINK_HOST[usedLink];
    guards.push({
      kind: 'environment',
      tone: 'warning',
      title: t(
        usedLink === 'sandbox' ? 'guardEnvTitleSandbox' : 'guardEnvTitleProduction',
        orgWords,
      ),
      text: t(
        usedLink === 'sandbox' ? 'guardEnvTextSandbox' : 'guardEnvTextProduction',
        host,
        input.org,
        orgWords,
        LINK_HOST[expected],
      ),
    });
  }
  return guards;
}
