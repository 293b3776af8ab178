/**
 * Service worker. Listeners are registered synchronously at start so a message that wakes a
 * stopped worker is never missed; all state lives in chrome.storage.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { updateBadges } from './badge';
import { handleMessage } from './router';
import { forgetTab } from './tab-pages';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);
// A tab's badge is cleared when it loads a new page. Only Salesforce tabs carry a url here
// (host permissions, no "tabs" permission), so another site's update costs no badge pass.
// Badges are per tab and every change of progress redraws them all: switching tabs needs no pass.
browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
  if (change.status === 'complete' && tab.url) void updateBadges();
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
