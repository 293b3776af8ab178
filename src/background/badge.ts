/**
 * The action badge shows the open phase's done/total for the org of each Salesforce tab, and a
 * check once the org is configured.
 */
import browser from 'webextension-polyfill';
import { isConfigured } from '../core/finish-line';
import { identifyHost } from '../core/hosts';
import { summarize } from '../core/progress';
import { peekOrgAnswers, peekOrgs } from './store';

/**
 * Redraws the badge of every Salesforce tab, or of `only` that tab (one that just loaded a page:
 * Chrome cleared its badge and no other tab's changed).
 */
export async function updateBadges(only?: { id: number; url: string }): Promise<void> {
  try {
    // Tabs carry a url only where we hold host permissions: exactly the Salesforce tabs.
    const tabs = (only ? [only] : await browser.tabs.query({})).flatMap((tab) =>
      tab.id !== undefined && tab.url ? [{ id: tab.id, org: safeHost(tab.url) }] : [],
    );
    // Only the orgs open in a tab are read: an admin with many orgs pays for the ones in use.
    const open = [...new Set(tabs.flatMap((tab) => (tab.org ? [tab.org] : [])))];
    const [records, answers] = await Promise.all([peekOrgs(open), peekOrgAnswers(open)]);
    const byOrg = new Map(
      records.map((o) => [
        o.org,
        {
          ...summarize(o, answers.get(o.org)),
          configured: isConfigured(o.steps, answers.get(o.org)),
        },
      ]),
    );
    await Promise.all(
      tabs.map((tab) => {
        const summary = tab.org ? byOrg.get(tab.org) : undefined;
        const phase = summary?.phases[summary.phase];
        // The finish line (src/core/finish-line.ts): a check instead of the count.
        const text = summary?.configured ? '✓' : phase ? `${phase.done}/${phase.total}` : '';
        const color =
          summary?.configured || summary?.done === summary?.total ? '#2e844a' : '#0176d3';
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
