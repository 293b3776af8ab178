/**
 * Every message the worker accepts, validated with zod on arrival. Content scripts may only
 * report what they saw in tabs on Salesforce hosts (their org is taken from the sender's URL,
 * never from the payload); reports and settings are for extension pages only.
 */
import type { Runtime } from 'webextension-polyfill';
import { nextStepLink } from '../core/deep-links';
import { identifyHost } from '../core/hosts';
import { STEP_BY_ID } from '../core/plan';
import { applyManual, applyObservation, summarize, toReport } from '../core/progress';
import {
  contentMessageSchema,
  extensionMessageSchema,
  type Observation,
  type OrgProgress,
  type PageState,
} from '../core/schemas';
import { updateBadges } from './badge';
import { findLink, rememberLink } from './links';
import {
  listOrgs,
  readLauncher,
  readOrg,
  readSettings,
  resetOrg,
  updateOrg,
  writeLauncher,
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
    const where = contentSender(sender);
    if (where) return await handleContent(message, where);
    return { error: 'sender not allowed' };
  } catch (error) {
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

function contentSender(sender: Runtime.MessageSender) {
  if (sender.id !== chrome.runtime.id || !sender.tab || typeof sender.url !== 'string') return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = identifyHost(url.hostname);
  if (!host) return null;
  return { url, host, tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
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
          at: observation.seenAt,
        });
      }
      if (!org)
        return { ok: true, state: await pageState(null, environment, observation.versionId) };
    }
    if (!org) return { error: 'no org on this host' };
    const next = await updateOrg(org, environment, (state) => applyObservation(state, observation));
    await updateBadges();
    return { ok: true, summary: summarize(next), state: await pageState(org, environment) };
  }

  if (msg.type === 'launcher:set') {
    if (!org) return { error: 'no org on this host' };
    const { type: _, ...change } = msg;
    await writeLauncher(org, change);
    return { ok: true, state: await pageState(org, environment) };
  }

  // page:hello
  const state = await pageState(org, environment, msg.versionId);
  if (where.tabId !== undefined) await updateBadges();
  return { ok: true, state };
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
  const [settings, progress, link, launcher] = await Promise.all([
    readSettings(),
    org ? readOrg(org) : null,
    versionId ? findLink(versionId) : undefined,
    org ? readLauncher(org) : undefined,
  ]);
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
    ...(progress && { progress: progressOf({ ...progress, environment: orgEnvironment }) }),
    ...(link && {
      link: { environment: link.environment, host: link.host, release: link.release, at: link.at },
    }),
  };
}

/** Done/total and the next step's link, for the on-page checklist. */
function progressOf(progress: OrgProgress): NonNullable<PageState['progress']> {
  const report = toReport(progress);
  const link = nextStepLink(report);
  const next = report.summary.next;
  return {
    done: report.summary.done,
    total: report.summary.total,
    started: Object.values(progress.steps).some((s) => s.status !== 'pending'),
    next:
      next && link
        ? {
            title: STEP_BY_ID[next].title,
            label: link.label,
            href: link.href,
            ...(link.note && { note: link.note }),
          }
        : null,
  };
}

async function handleExtension(message: unknown): Promise<Response> {
  const parsed = extensionMessageSchema.safeParse(message);
  if (!parsed.success) return { error: `invalid message: ${parsed.error.issues[0]?.message}` };
  const msg = parsed.data;
  switch (msg.type) {
    case 'report:get': {
      const progress = await readOrg(msg.org);
      return progress ? { ...toReport(progress) } : { error: `no progress for ${msg.org}` };
    }
    case 'report:list': {
      const orgs = await listOrgs();
      return {
        orgs: orgs.map((o) => ({
          org: o.org,
          environment: o.environment,
          updatedAt: o.updatedAt,
          summary: summarize(o),
        })),
      };
    }
    case 'step:set': {
      const next = await updateOrg(msg.org, 'unknown', (state) =>
        applyManual(state, msg.step, msg.status, new Date().toISOString()),
      );
      await updateBadges();
      return { ...toReport(next) };
    }
    case 'org:reset':
      await resetOrg(msg.org);
      await updateBadges();
      return { ok: true };
    case 'settings:get':
      return { settings: await readSettings() };
    case 'settings:set':
      return { settings: await writeSettings(msg.settings) };
  }
}
