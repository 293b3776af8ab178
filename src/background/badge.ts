/** The action badge shows done/total for the org of each Salesforce tab. */
import browser from 'webextension-polyfill';
import { identifyHost } from '../core/hosts';
import { summarize } from '../core/progress';
import { listOrgs } from './store';

export async function updateBadges(): Promise<void> {
  try {
    // Tabs carry a url only where we hold host permissions: exactly the Salesforce tabs.
    const [tabs, orgs] = await Promise.all([browser.tabs.query({}), listOrgs()]);
    const byOrg = new Map(orgs.map((o) => [o.org, summarize(o)]));
    await Promise.all(
      tabs.map((tab) => {
        if (tab.id === undefined || !tab.url) return undefined;
        const org = safeHost(tab.url);
        const summary = org ? byOrg.get(org) : undefined;
        const text = summary ? `${summary.done}/${summary.total}` : '';
        const color = summary && summary.done === summary.total ? '#2e844a' : '#0176d3';
        return Promise.all([
          browser.action.setBadgeText({ tabId: tab.id, text }),
          text ? browser.action.setBadgeBackgroundColor({ tabId: tab.id, color }) : undefined,
        ]).catch(() => undefined); // the tab closed meanwhile
      }),
    );
  } catch (error) {
    console.warn('[install guide] badge update failed', error);
  }
}

function safeHost(href: string): string | null {
  try {
    return identifyHost(new URL(href).hostname)?.org ?? null;
  } catch {
    return null;
  }
}
