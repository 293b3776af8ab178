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
browser.tabs.onUpdated.addListener((_tabId, change) => {
  if (change.status === 'complete') void updateBadges();
});
browser.tabs.onActivated.addListener(() => void updateBadges());
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
