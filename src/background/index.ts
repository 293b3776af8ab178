/**
 * Service worker. Listeners are registered synchronously at start so a message that wakes a
 * stopped worker is never missed; all state lives in chrome.storage.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { updateBadges } from './badge';
import { handleMessage } from './router';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);
// A tab's badge is cleared when it loads a new page: that tab's alone is redrawn. Only Salesforce
// tabs carry a url here (host permissions, no "tabs" permission), so another site's update costs
// nothing. Every change of progress redraws all badges: switching tabs needs no pass.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'complete' && tab.url) void updateBadges({ id: tabId, url: tab.url });
});
