/**
 * Page snapshots in e2e tests: asked through the worker as the popup does (`snapshot:tab`), for
 * the tab a puppeteer page is, and what a snapshot says the guide did, frame by frame.
 */
import type { Page } from 'puppeteer';
import type { GuideNotes, PageSnapshot, SnapshotAnswer } from '../../src/core/snapshot';
import type { World } from './harness';

export async function tabIdOf(world: World, page: Page): Promise<number> {
  const url = page.url();
  const worker = await world.ext.worker();
  const id = await worker.evaluate(async (href: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === href)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab at ${url}`);
  return id;
}

export async function snapshotOfTab(world: World, tabId: number): Promise<PageSnapshot> {
  const answer = await world.ext.message<SnapshotAnswer | { error: string }>({
    type: 'snapshot:tab',
    tabId,
  });
  if ('error' in answer) throw new Error(`snapshot refused: ${answer.error}`);
  return answer.snapshot;
}

/** What the guide did in each frame: its URL, recognizers, cards, "could not find" cards. */
export const guideOutcome = (snapshot: { frames: readonly { url: string; guide: GuideNotes }[] }) =>
  snapshot.frames.map((f) => ({
    url: f.url,
    recognized: [...f.guide.recognized].sort(),
    cards: [...f.guide.cards].sort(),
    notFound: f.guide.notFound,
  }));

/**
 * Snapshots the tab until the guide has settled: `ready` holds and two snapshots in a row say
 * the same of what the guide did (recognizers still starting show fewer cards). A snapshot no
 * frame answered (the content script not started yet) is asked again.
 */
export async function settledSnapshot(
  world: World,
  tabId: number,
  ready: (snapshot: PageSnapshot) => boolean,
  attempts = 20,
): Promise<PageSnapshot> {
  let last: string | null = null;
  for (let i = 0; i < attempts; i++) {
    // Asked before the page's content script is listening, no frame answers: ask again.
    const snapshot = await snapshotOfTab(world, tabId).catch(() => null);
    if (!snapshot) continue;
    const outcome = JSON.stringify(guideOutcome(snapshot));
    if (ready(snapshot) && outcome === last) return snapshot;
    last = ready(snapshot) ? outcome : null;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the guide never settled; last: ${last}`);
}
