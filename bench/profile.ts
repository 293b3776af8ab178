/**
 * Where the extension's time goes during one storm: a sampling CPU profile of the page (all
 * worlds), each sample charged to the innermost frame of the extension's code on its stack
 * (with the browser API it was in, such as querySelectorAll), mapped back to src/ through the
 * build's hidden source maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { SourceMap } from './sourcemap';

export interface Hotspot {
  /** original file:line of the extension function */
  where: string;
  /** that line of source */
  code: string;
  ms: number;
  /** browser APIs (native frames) the time was spent in, below this function */
  inside: Record<string, number>;
}

export interface StormProfile {
  /** sampled time with extension code on the stack, in ms */
  extensionMs: number;
  /**
   * of which inside geometry / style reads that force a synchronous layout (mostly layout the
   * next frame would have done anyway, done earlier)
   */
  forcedLayoutMs: number;
  /** all sampled time that was not idle, in ms */
  busyMs: number;
  hotspots: Hotspot[];
}

/** Browser APIs that lay the page out (or compute its style) before they answer. */
const FORCES_LAYOUT = new Set([
  'getBoundingClientRect',
  'getClientRects',
  'getComputedStyle',
  'checkVisibility',
]);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** The extension's own sampled time over one load, as for a storm. */
export type LoadProfile = StormProfile;

/**
 * One load with the extension under the sampling profiler. The tab first opens a page of the same
 * site, so the load under study stays in the renderer the profiler is attached to (a new site
 * would swap processes and lose the profile).
 */
export async function profileLoad(
  browser: Browser,
  url: string,
  dist: string,
  settleMs: number,
): Promise<LoadProfile> {
  const page = await browser.newPage();
  try {
    await page.goto(new URL('/favicon.ico', url).href).catch(() => undefined);
    return await profileStorm(page, dist, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, settleMs));
    });
  } finally {
    await page.close();
  }
}

export async function profileStorm(
  page: Page,
  dist: string,
  run: () => Promise<unknown>,
): Promise<StormProfile> {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  let profile: Awaited<ReturnType<typeof stop>>['profile'];
  const stop = () => cdp.send('Profiler.stop');
  try {
    await run();
  } finally {
    ({ profile } = await stop());
    await cdp.detach();
  }

  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const maps = new Map<string, SourceMap | null>();
  const mapFor = (url: string): SourceMap | null => {
    const file = /^chrome-extension:\/\/[^/]+\/(.+)$/.exec(url)?.[1];
    if (!file) return null;
    let map = maps.get(file);
    if (map === undefined) {
      const path = join(dist, `${file}.map`);
      map = existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null;
      maps.set(file, map);
    }
    return map;
  };
  const place = (frame: ProfileNode['callFrame']) => {
    const original = mapFor(frame.url)?.lookup(frame.lineNumber, frame.columnNumber);
    if (!original) {
      const file = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
      return { where: `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`, code: '' };
    }
    const source = original.source.replace(/^(?:\.\.\/)+/, '');
    return { where: `${source}:${original.line}`, code: original.text.slice(0, 100) };
  };

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const spots = new Map<string, Hotspot>();
  let extensionUs = 0;
  let forcedLayoutUs = 0;
  let busyUs = 0;
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    const leaf = nodes.get(samples[i] ?? -1);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    busyUs += us;
    // The innermost extension frame, and the native frame (if any) right below it.
    let native = '';
    let owner: ProfileNode | undefined;
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = nodes.get(id);
      if (!node) break;
      if (node.callFrame.url.startsWith('chrome-extension://')) {
        owner = node;
        break;
      }
      if (!node.callFrame.url && node.callFrame.functionName) native = node.callFrame.functionName;
    }
    if (!owner) continue;
    extensionUs += us;
    if (FORCES_LAYOUT.has(native)) forcedLayoutUs += us;
    const { where, code } = place(owner.callFrame);
    const spot = spots.get(where) ?? { where, code, ms: 0, inside: {} };
    spot.ms += us / 1000;
    if (native) spot.inside[native] = (spot.inside[native] ?? 0) + us / 1000;
    spots.set(where, spot);
  }
  const hotspots = [...spots.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8)
    .map((s) => ({
      ...s,
      ms: Math.round(s.ms),
      inside: Object.fromEntries(
        Object.entries(s.inside)
          .filter(([, ms]) => ms >= 1)
          .sort((a, b) => b[1] - a[1])
          .map(([k, ms]) => [k, Math.round(ms)]),
      ),
    }));
  return {
    extensionMs: Math.round(extensionUs / 1000),
    forcedLayoutMs: Math.round(forcedLayoutUs / 1000),
    busyMs: Math.round(busyUs / 1000),
    hotspots,
  };
}
