/**
 * Who may send the worker what. The kind of sender is read from what Chrome says of it (its
 * extension id, its tab, its URL), never from the payload; each kind has its own requests
 * (src/core/protocol/requests.ts) and its own handler (./handlers/).
 */
import type { Runtime } from 'webextension-polyfill';
import { type HostIdentity, identifyHost } from '../core/hosts';
import { QUOTE_TO_CASH_HOST } from '../core/pages';
import { httpsUrl } from '../core/urls';

/** Our own content script in a tab, on an https page. */
export interface TabSender {
  url: URL;
  tabId: number | undefined;
  frameId: number;
}

/** A content script on a Salesforce host: its org and environment are the host's. */
export type ContentSender = TabSender & { host: HostIdentity };

export type Sender =
  | { kind: 'extension' }
  | { kind: 'site'; where: TabSender }
  | { kind: 'content'; where: ContentSender };

/** The kind of sender, or null for anyone the worker does not talk to. */
export function classifySender(sender: Runtime.MessageSender): Sender | null {
  if (isExtensionPage(sender)) return { kind: 'extension' };
  const tab = tabSender(sender);
  if (!tab) return null;
  // The Quote-to-Cash install site belongs to no org (see handlers/site.ts).
  if (tab.url.hostname === QUOTE_TO_CASH_HOST) return { kind: 'site', where: tab };
  const host = identifyHost(tab.url.hostname);
  return host ? { kind: 'content', where: { ...tab, host } } : null;
}

/** A page of this extension (the popup, the panel frame). */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = chrome.runtime.getURL('');
  return (
    sender.id === chrome.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base)
  );
}

function tabSender(sender: Runtime.MessageSender): TabSender | null {
  if (sender.id !== chrome.runtime.id || !sender.tab || typeof sender.url !== 'string') return null;
  const url = httpsUrl(sender.url);
  return url ? { url, tabId: sender.tab.id, frameId: sender.frameId ?? 0 } : null;
}
