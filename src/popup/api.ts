/**
 * The popup's only ways out: runtime messages to the worker, the tab it was opened over, new tabs.
 * Nothing here throws: a failure comes back as `{ error }`, which the popup shows.
 */
import browser from 'webextension-polyfill';
import { type Environment, identifyHost } from '../core/hosts';
import type { OrgSettings } from '../core/org-settings';
import type { ProgressSummary, Report } from '../core/progress';
import type { ExtensionMessage, Settings } from '../core/schemas';
import type { SnapshotAnswer } from '../core/snapshot';
import { t } from '../ui/t';

export interface Failure {
  error: string;
}

export interface OrgListEntry {
  org: string;
  environment: Environment;
  updatedAt: string;
  summary: ProgressSummary;
}

interface Answers {
  'report:get': Report;
  'report:list': { orgs: OrgListEntry[] };
  'step:set': Report;
  'org:reset': { ok: true };
  'settings:get': { settings: Settings };
  'settings:set': { settings: Settings };
  'snapshot:tab': SnapshotAnswer;
  'org-settings:set': { settings: OrgSettings };
}

export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { error?: unknown }).error === 'string';

export async function send<M extends ExtensionMessage>(
  message: M,
): Promise<Answers[M['type']] | Failure> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    if (answer === undefined || answer === null) return { error: t('popupErrorNoAnswer') };
    return answer as Answers[M['type']] | Failure;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A failure's text for the admin. The worker's `{ error }` strings are protocol (English, stable,
 * matched by tests and callers); the ones an admin can act on are told in the UI language, the
 * others shown as they are.
 */
export function workerError(failure: Failure): string {
  if (failure.error === 'storage full') return t('popupErrorStorageFull');
  return failure.error;
}

export interface Target {
  /** The org to show; null when the popup was opened away from Salesforce. */
  org: string | null;
  /** The environment its Salesforce host shows, when the org came from a tab. */
  environment: Environment;
  /** Where the org came from, for the header. */
  from: 'param' | 'tab' | 'none';
}

const ORG_NAME = /^[a-z0-9-]{1,100}$/;

function fromUrl(url: string | undefined): Target | null {
  if (!url) return null;
  try {
    const host = identifyHost(new URL(url).hostname);
    return host?.org ? { org: host.org, environment: host.environment, from: 'tab' } : null;
  } catch {
    return null;
  }
}

/**
 * Which org: `?org=` wins (tests and deep links), then `?tabId=` (that tab's URL), then the active
 * tab of the current window. A tab's URL is only visible to us on Salesforce hosts.
 */
export async function resolveTarget(search: string): Promise<Target> {
  const params = new URLSearchParams(search);
  const org = params.get('org')?.trim().toLowerCase();
  if (org && ORG_NAME.test(org)) return { org, environment: 'unknown', from: 'param' };
  try {
    const tabId = Number(params.get('tabId'));
    if (params.has('tabId') && Number.isInteger(tabId)) {
      const found = fromUrl((await browser.tabs.get(tabId)).url);
      if (found) return found;
    } else {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const found = fromUrl(tab?.url);
      if (found) return found;
    }
  } catch {
    // No such tab, or no access to it: same as not being on Salesforce.
  }
  return { org: null, environment: 'unknown', from: 'none' };
}

export async function openTab(url: string): Promise<Failure | null> {
  try {
    await browser.tabs.create({ url });
    return null;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
