/**
 * Every message the worker accepts, validated with zod on arrival. Content scripts may only
 * report what they saw in tabs on Salesforce hosts (their org is taken from the sender's URL,
 * never from the payload); reports and settings are for extension pages only. The Quote-to-Cash
 * install site may only ask which org is being worked on and report the install link clicked.
 * `{ error }` strings are protocol (English, stable); texts for the admin (notes, history, step
 * titles, next-step links) are written with `t`, in the browser's UI language.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { nextStepLink } from '../core/deep-links';
import { identifyHost } from '../core/hosts';
import { nextStepsOf } from '../core/next-steps';
import type { OrgSettings } from '../core/org-settings';
import { QUOTE_TO_CASH_HOST } from '../core/pages';
import { stepTitle } from '../core/plan';
import { applyManual, applyObservation, summarize, toReport } from '../core/progress';
import { readInstallLink } from '../core/releases';
import {
  contentMessageSchema,
  extensionMessageSchema,
  type Observation,
  type OrgProgress,
  type PageState,
  type SiteOrg,
  type SiteState,
} from '../core/schemas';
import { httpsUrl } from '../core/urls';
import { t } from '../ui/t';
import { updateBadges } from './badge';
import { findLink, rememberAnswer, rememberLink } from './links';
import { acceptFrame, collectSnapshot } from './snapshots';
import {
  listOrgs,
  peekOrgSettings,
  readAnswers,
  readLauncher,
  readOrg,
  readOrgSettings,
  readSettings,
  resetOrg,
  StorageFullError,
  updateOrg,
  writeAnswer,
  writeLauncher,
  writeOrgSettings,
  writeSettings,
} from './store';
import { recordFramePage } from './tab-pages';

export type Response = Record<string, unknown> | { error: string };

export async function handleMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<Response> {
  try {
    if (isExtensionPage(sender)) return await handleExtension(message);
    const site = siteSender(sender);
    if (site) return await handleSite(message, site);
    const where = contentSender(sender);
    if (where) return await handleContent(message, where);
    return { error: 'sender not allowed' };
  } catch (error) {
    if (error instanceof StorageFullError) return { error: error.message };
    console.error('[install guide] message failed', error);
    return { error: 'internal error' };
  }
}

function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = chrome.runtime.getURL('');
  return (
    sender.id === chrome.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base)
  );
}

/** Our own content script in a tab, on an https page: where it is, or null. */
function tabSender(sender: Runtime.MessageSender) {
  if (sender.id !== chrome.runtime.id || !sender.tab || typeof sender.url !== 'string') return null;
  const url = httpsUrl(sender.url);
  return url ? { url, tabId: sender.tab.id, frameId: sender.frameId ?? 0 } : null;
}

function contentSender(sender: Runtime.MessageSender) {
  const tab = tabSender(sender);
  const host = tab && identifyHost(tab.url.hostname);
  return tab && host ? { ...tab, host } : null;
}

type Where = NonNullable<ReturnType<typeof contentSender>>;

async function handleContent(message: unknown, where: Where): Promise<Response> {
  const parsed = contentMessageSchema.safeParse(message);
  if (!parsed.success) return { error: `invalid message: ${parsed.error.issues[0]?.message}` };
  const msg = parsed.data;
  const { org, environment } = where.host;
  if (where.tabId !== undefined && 'page' in msg) {
    await recordFramePage(where.tabId, where.frameId, {
      page: msg.page,
      host: where.url.hostname,
      at: new Date().toISOString(),
    });
  }

  if (msg.type === 'observe') {
    const observation = clampTime(msg.observation);
    if (observation.kind === 'install-link' || (observation.kind === 'install-page' && !org)) {
      if (observation.versionId) {
        await rememberLink({
          versionId: observation.versionId,
          environment: observation.kind === 'install-link' ? observation.environment : environment,
          host: where.url.hostname,
          ...(observation.kind === 'install-link' &&
            observation.release && { release: observation.release }),
          ...(observation.package && { package: observation.package }),
          at: observation.seenAt,
        });
      }
      if (!org)
        return { ok: true, state: await pageState(null, environment, observation.versionId) };
    }
    if (!org) return { error: 'no org on this host' };
    const next = await updateOrg(org, environment, (state) =>
      applyObservation(state, observation, t),
    );
    await updateBadges();
    return {
      ok: true,
      summary: summarize(next, await readOrgSettings(org)),
      state: await pageState(org, environment),
    };
  }

  if (msg.type === 'install:answer') {
    // On an org host the answer is the org's; on a login host it waits with the chosen link.
    if (org)
      await writeAnswer(org, msg.versionId, { package: msg.answer, at: new Date().toISOString() });
    else await rememberAnswer(msg.versionId, msg.answer, { environment, host: where.url.hostname });
    return { ok: true, state: await pageState(org, environment, msg.versionId) };
  }

  if (msg.type === 'launcher:set') {
    if (!org) return { error: 'no org on this host' };
    const { type: _, ...change } = msg;
    await writeLauncher(org, change);
    return { ok: true, state: await pageState(org, environment) };
  }

  if (msg.type === 'site:hello') return { error: 'site:hello is for the Quote-to-Cash site only' };
  if (msg.type === 'snapshot:frame') {
    return acceptFrame(msg.request, msg.frame, where)
      ? { ok: true }
      : { error: 'no snapshot asked of this frame' };
  }
  if (msg.type === 'snapshot:request') {
    if (where.tabId === undefined) return { error: 'not in a tab' };
    return snapshotAnswer(await collectSnapshot(where.tabId));
  }

  // page:hello
  const state = await pageState(org, environment, msg.versionId);
  if (where.tabId !== undefined) await updateBadges();
  return { ok: true, state };
}

/**
 * A content script on the Quote-to-Cash install site (top frame or not). That site belongs to
 * no org; it may only ask which org the admin is working on and report the install link the
 * admin clicked (see handleSite).
 */
function siteSender(sender: Runtime.MessageSender) {
  const tab = tabSender(sender);
  return tab?.url.hostname === QUOTE_TO_CASH_HOST ? tab : null;
}

type SiteWhere = NonNullable<ReturnType<typeof siteSender>>;

const SITE_PAGE = 'quote-to-cash-site';
/** The org picked on the site, for this browser session (storage.session is never written to disk). */
const SITE_ORG_KEY = 'site:org';
const SITE_ORGS_SHOWN = 8;

async function handleSite(message: unknown, where: SiteWhere): Promise<Response> {
  const parsed = contentMessageSchema.safeParse(message);
  if (!parsed.success) return { error: `invalid message: ${parsed.error.issues[0]?.message}` };
  const msg = parsed.data;
  const observation =
    msg.type === 'observe' && msg.observation.kind === 'install-link'
      ? clampTime(msg.observation)
      : null;
  if (msg.type !== 'site:hello' && observation?.kind !== 'install-link') {
    return { error: 'not accepted from the Quote-to-Cash site' };
  }
  if (where.tabId !== undefined) {
    await recordFramePage(where.tabId, where.frameId, {
      page: SITE_PAGE,
      host: where.url.hostname,
      at: new Date().toISOString(),
    });
  }
  if (msg.type === 'site:hello') return { ok: true, site: await siteState(msg.org) };
  if (observation?.kind !== 'install-link') return { error: 'not an install link' };

  // What the link installs into is read from the link itself, never taken on trust.
  const link = readInstallLink(observation.url);
  if (
    !link?.environment ||
    link.versionId.slice(0, 15) !== observation.versionId.slice(0, 15) ||
    link.environment !== observation.environment
  ) {
    return { error: 'not an install link through login.salesforce.com or test.salesforce.com' };
  }
  await rememberLink({
    versionId: link.versionId,
    environment: link.environment,
    host: link.host,
    ...(observation.release && { release: observation.release }),
    ...(observation.package && { package: observation.package }),
    at: observation.seenAt,
  });
  return { ok: true };
}

/** The orgs with progress, most recent first, and the one the admin is working on. */
async function siteState(pick?: string): Promise<SiteState> {
  const orgs = await listOrgs();
  const known = (name: unknown): name is string =>
    typeof name === 'string' && orgs.some((o) => o.org === name);
  if (known(pick)) await browser.storage.session.set({ [SITE_ORG_KEY]: pick });
  const picked = known(pick)
    ? pick
    : (await browser.storage.session.get(SITE_ORG_KEY))[SITE_ORG_KEY];
  const current = known(picked) ? picked : (orgs[0]?.org ?? null);
  const shown = orgs.filter((o, i) => i < SITE_ORGS_SHOWN || o.org === current);
  return {
    current,
    orgs: shown.map(
      (o): SiteOrg => ({
        org: o.org,
        environment: o.environment,
        updatedAt: o.updatedAt,
        steps: Object.fromEntries(
          Object.entries(o.steps).map(([id, step]) => [
            id,
            {
              status: step.status,
              ...(step.evidence?.version && { version: step.evidence.version }),
            },
          ]),
        ) as SiteOrg['steps'],
      }),
    ),
  };
}

/** A content script's clock may be off; an observation can never come from the future. */
function clampTime(observation: Observation): Observation {
  const now = new Date().toISOString();
  return observation.seenAt > now || Number.isNaN(Date.parse(observation.seenAt))
    ? { ...observation, seenAt: now }
    : observation;
}

async function pageState(
  org: string | null,
  environment: PageState['environment'],
  versionId?: string,
): Promise<PageState> {
  const [settings, progress, link, launcher, answers, orgSettings] = await Promise.all([
    readSettings(),
    org ? readOrg(org) : null,
    versionId ? findLink(versionId) : undefined,
    org ? readLauncher(org) : undefined,
    org && versionId ? readAnswers(org) : undefined,
    org ? readOrgSettings(org) : {},
  ]);
  let answer = versionId ? answers?.[versionId.slice(0, 15)]?.package : undefined;
  if (!answer && link?.answer) {
    answer = link.answer;
    // Named on a login host before the org was known: it becomes this org's answer.
    if (org && versionId) await writeAnswer(org, versionId, { package: answer, at: link.at });
  }
  let steps: PageState['steps'] = null;
  if (progress) {
    steps = {} as NonNullable<PageState['steps']>;
    for (const [id, step] of Object.entries(progress.steps)) {
      steps[id as keyof typeof steps] = {
        status: step.status,
        ...(step.evidence?.version && { version: step.evidence.version }),
      };
    }
  }
  const orgEnvironment =
    progress?.environment && progress.environment !== 'unknown'
      ? progress.environment
      : environment;
  return {
    org,
    environment: orgEnvironment,
    settings,
    steps,
    ...(launcher && { launcher }),
    ...(progress && {
      progress: progressOf({ ...progress, environment: orgEnvironment }, orgSettings),
    }),
    ...(link && {
      link: {
        environment: link.environment,
        host: link.host,
        release: link.release,
        ...(link.package && { package: link.package }),
        at: link.at,
      },
    }),
    ...(answer && { answer }),
  };
}

/** The open phase's done/total, the plan's ready steps and the next step's link, for the pages. */
function progressOf(
  progress: OrgProgress,
  orgSettings: OrgSettings,
): NonNullable<PageState['progress']> {
  const report = toReport(progress, t, orgSettings);
  const link = nextStepLink(report, t);
  const { next, phase, phases } = report.summary;
  return {
    done: phases[phase].done,
    total: phases[phase].total,
    started: Object.values(progress.steps).some((s) => s.status !== 'pending'),
    phase,
    phases,
    ready: nextStepsOf(progress.steps, orgSettings).ready,
    next:
      next && link
        ? {
            step: next,
            title: stepTitle(next, t),
            label: link.label,
            href: link.href,
            ...(link.note && { note: link.note }),
          }
        : null,
  };
}

const snapshotAnswer = (answer: Awaited<ReturnType<typeof collectSnapshot>>): Response =>
  answer ? { ...answer } : { error: 'no frame of this tab answered' };

async function handleExtension(message: unknown): Promise<Response> {
  const parsed = extensionMessageSchema.safeParse(message);
  if (!parsed.success) return { error: `invalid message: ${parsed.error.issues[0]?.message}` };
  const msg = parsed.data;
  switch (msg.type) {
    case 'report:get': {
      const progress = await readOrg(msg.org);
      return progress
        ? { ...toReport(progress, t, await readOrgSettings(msg.org)) }
        : { error: `no progress for ${msg.org}` };
    }
    case 'report:list': {
      const orgs = await listOrgs();
      const answers = await peekOrgSettings(orgs.map((o) => o.org));
      return {
        orgs: orgs.map((o) => ({
          org: o.org,
          environment: o.environment,
          updatedAt: o.updatedAt,
          summary: summarize(o, answers.get(o.org)),
        })),
      };
    }
    case 'step:set': {
      const next = await updateOrg(msg.org, 'unknown', (state) =>
        applyManual(state, msg.step, msg.status, new Date().toISOString(), t),
      );
      await updateBadges();
      return { ...toReport(next, t, await readOrgSettings(msg.org)) };
    }
    // Per-org answers (src/core/org-settings.ts); they change what is needed, so the badge too.
    case 'org-settings:set': {
      const settings = await writeOrgSettings(msg.org, msg.settings);
      await updateBadges();
      return { settings };
    }
    case 'org:reset':
      await resetOrg(msg.org);
      await updateBadges();
      return { ok: true };
    case 'settings:get':
      return { settings: await readSettings() };
    case 'settings:set':
      return { settings: await writeSettings(msg.settings) };
    case 'snapshot:tab':
      return snapshotAnswer(await collectSnapshot(msg.tabId));
  }
}
