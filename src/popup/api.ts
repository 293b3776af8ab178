/**
 * The popup's only ways out: runtime messages to the worker, the tab it was opened over, new tabs.
 * Nothing here throws: a failure comes back as `{ error: <code> }`, which the popup puts in words.
 */
import browser from 'webextension-polyfill';
import { type Environment, identifyHost } from '../core/hosts';
import type { MessageKey } from '../core/i18n';
import type { ExtensionAnswers } from '../core/protocol/answers';
import type { ErrorCode } from '../core/protocol/errors';
import { extensionAnswerSchemas, failureSchema } from '../core/protocol/extension-answers';
import type { ExtensionRequest } from '../core/protocol/requests';
import { t } from '../ui/t';

export type { OrgListEntry } from '../core/protocol/answers';

/** The worker's `{ error: <code> }`, or the popup's own: no answer, an answer of the wrong shape, unreachable. */
export interface Failure {
  error: ErrorCode | 'no-answer' | 'malformed-answer' | 'unreachable';
  detail?: string;
}

export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { error?: unknown }).error === 'string';

/** Sends a request to the worker; the answer is validated with its type's schema before use. */
export async function send<M extends ExtensionRequest>(
  message: M,
): Promise<ExtensionAnswers[M['type']] | Failure> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch (error) {
    return { error: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  if (answer === undefined || answer === null) return { error: 'no-answer' };
  const failed = failureSchema.safeParse(answer);
  if (failed.success) return failed.data;
  const parsed = extensionAnswerSchemas[message.type as M['type']].safeParse(answer);
  if (parsed.success) return parsed.data as ExtensionAnswers[M['type']];
  console.warn('[install guide] popup ignored a malformed answer', parsed.error.issues[0]);
  return { error: 'malformed-answer' };
}

const ERROR_WORDS: Partial<Record<Failure['error'], MessageKey>> = {
  'storage-full': 'popupErrorStorageFull',
  'no-answer': 'popupErrorNoAnswer',
  'snapshot-no-frame': 'popupErrorNoFrame',
};

/** A failure's words for the admin: its own sentence where there is one, else its code. */
export function workerError(failure: Failure): string {
  const key = ERROR_WORDS[failure.error];
  return key
    ? t(key)
    : t('popupErrorCode', failure.detail ? `${failure.error}: ${failure.detail}` : failure.error);
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
    return { error: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
}
