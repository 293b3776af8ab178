/**
 * The first load of a page: what the extension costs from navigation until the page has settled,
 * once per load (the storm scenarios measure pages already loaded). Three Chromiums: one with the
 * extension, one with a stub extension whose content script does nothing (the floor: what any
 * extension injected into the page costs, an isolated world and its script), one without any.
 * Each sample is a fresh tab in each browser, in rotating order; the figures are the medians of
 * the per-sample differences to the floor, so they read "above the floor of any extension".
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer';
import { inPanel } from '../tests/support/page-actions';
import type { BenchBrowser } from './launch';
import { type LoadProfile, profileLoad } from './profile';
import { median, round } from './stats';

export interface LoadScenario {
  name: string;
  url: string;
  /** the card that proves the guide helped (with the extension); null on a page it does not help */
  card: string | null;
  budget: { scriptMs: number; heapKb: number };
}

export interface LoadSample {
  /** renderer main-thread script time from navigation to settled (Performance.getMetrics) */
  scriptMs: number;
  /** the page renderer's JS heap after a full GC (Runtime.getHeapUsage, all worlds), in KB */
  heapKb: number;
}

export type LoadArm = 'with' | 'floor' | 'without';

export interface LoadFigures {
  name: string;
  url: string;
  samples: number;
  settleMs: number;
  median: Record<LoadArm, LoadSample>;
  /** medians of the per-sample differences, extension minus floor and floor minus none */
  aboveFloor: LoadSample;
  floorAboveNone: LoadSample;
  /** per-sample differences above the floor, for the spread */
  differences: LoadSample[];
  budget: { scriptMs: number; heapKb: number };
  within: { script: boolean; heap: boolean };
  raw: Array<Record<LoadArm, LoadSample>>;
  /** one more load with the extension under the sampling profiler: where its time went */
  profile: LoadProfile | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * `--floor-probe=NAME`: the floor's content script does one thing our content script does, so
 * the floor then measures what that one thing costs any extension (how the README's breakdown of
 * the first load was measured). Without it, the floor does nothing.
 */
export const FLOOR_PROBES: Readonly<Record<string, string>> = {
  /** A first touch of the page's DOM from the isolated world. */
  dom: "document.createElement('div');",
  /** The overlay's elements: a host lifted into the top layer, a shadow root, a style. */
  host: [
    "const host = document.createElement('x-probe');",
    "host.setAttribute('style', 'position: fixed');",
    "const root = host.attachShadow({ mode: 'open' });",
    "const style = document.createElement('style');",
    "style.textContent = '.a { color: red; }';",
    'root.append(style);',
    'document.documentElement.append(host);',
    "host.setAttribute('popover', 'manual');",
    'host.showPopover();',
  ].join('\n'),
  /** A frame holding an extension page, as the panel's. */
  frame: [
    "const frame = document.createElement('iframe');",
    "frame.src = chrome.runtime.getURL('blank.html');",
    'document.documentElement.append(frame);',
  ].join('\n'),
  /** One message to the extension (our recognizers' page:hello). */
  message: "chrome.runtime.sendMessage({ type: 'probe' }).catch(() => undefined);",
  /** One text through chrome.i18n, from our own messages files (copied into the floor). */
  i18n: "chrome.i18n.getMessage('uiLocale');",
  /** An ES module loaded with import(), as the content-script loader does. */
  module: "import(chrome.runtime.getURL('probe.js'));",
  /** One computed style read (isShown in src/content/dom/find.ts). */
  style: 'getComputedStyle(document.documentElement).display;',
};

/**
 * The floor arm's extension: the same content-script matches, frames and timing as the built
 * extension's manifest, and a script that does nothing (or one probe).
 */
export function writeFloorExtension(dist: string, probe?: string): string {
  const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ matches: string[]; all_frames?: boolean; run_at?: string }>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'sfig-bench-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'bench floor: a content script that does nothing',
      // The i18n probe reads our catalogue: chrome.i18n loads the whole file into the renderer.
      ...(probe === 'i18n' && { default_locale: 'en' }),
      version: '1.0.0',
      content_scripts: built.content_scripts.map(({ matches, all_frames, run_at }) => ({
        js: ['noop.js'],
        matches,
        all_frames,
        run_at,
      })),
      web_accessible_resources: [
        {
          resources: ['probe.js', 'blank.html'],
          matches: built.content_scripts.flatMap((c) => c.matches),
        },
      ],
    }),
  );
  const script = probe ? FLOOR_PROBES[probe] : 'void 0;';
  if (script === undefined) throw new Error(`no floor probe "${probe}"`);
  writeFileSync(join(dir, 'noop.js'), `${script}\n`);
  if (probe === 'i18n') cpSync(join(dist, '_locales'), join(dir, '_locales'), { recursive: true });
  writeFileSync(join(dir, 'probe.js'), 'export const probe = 1;\n');
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>probe</title>\n');
  return dir;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

/** One load in a fresh tab: navigation → load → settled; then script time and heap after GC. */
async function loadOnce(
  b: BenchBrowser,
  s: LoadScenario,
  settleMs: number,
  arm: LoadArm,
): Promise<LoadSample> {
  const page: Page = await b.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const start = Date.now();
    await page.goto(s.url, { waitUntil: 'load' });
    if (arm === 'with' && s.card) {
      // A positive sign the guide ran: its card in the panel's frame (the extension's process).
      await inPanel(
        page,
        (id: string) => (document.querySelector(`[data-card="${id}"]`) ? true : null),
        [s.card],
        10_000,
      );
    }
    await sleep(start + settleMs - Date.now());
    const scriptMs = (await metric(cdp, 'ScriptDuration')) * 1000;
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { scriptMs, heapKb: usedSize / 1024 };
  } finally {
    await page.close();
  }
}

const diff = (a: LoadSample, b: LoadSample): LoadSample => ({
  scriptMs: a.scriptMs - b.scriptMs,
  heapKb: a.heapKb - b.heapKb,
});

const medianOf = (xs: LoadSample[]): LoadSample => ({
  scriptMs: round(median(xs.map((x) => x.scriptMs))),
  heapKb: round(median(xs.map((x) => x.heapKb))),
});

export async function loadScenario(
  s: LoadScenario,
  browsers: Record<LoadArm, BenchBrowser>,
  options: { samples: number; settleMs: number; dist: string; profile: boolean },
  log: (line: string) => void,
): Promise<LoadFigures> {
  const arms: LoadArm[] = ['with', 'floor', 'without'];
  const raw: LoadFigures['raw'] = [];
  for (let i = 0; i <= options.samples; i++) {
    // Rotating order (with floor none, floor none with, …): going first falls on every arm.
    const order = arms.map((_, k) => arms[(k + i) % arms.length] as LoadArm);
    const sample = {} as Record<LoadArm, LoadSample>;
    for (const arm of order) sample[arm] = await loadOnce(browsers[arm], s, options.settleMs, arm);
    if (i === 0) continue; // warm-up: the first tab of each browser pays for its caches
    raw.push(sample);
  }
  const differences = raw.map((r) => diff(r.with, r.floor));
  const aboveFloor = medianOf(differences);
  log(
    `load, ${s.name}: ${raw.length} samples; above the floor ${aboveFloor.scriptMs} ms script, ${aboveFloor.heapKb} KB heap`,
  );
  const profile = options.profile
    ? await profileLoad(browsers.with.browser, s.url, options.dist, options.settleMs)
    : null;
  return {
    name: s.name,
    url: s.url,
    samples: raw.length,
    settleMs: options.settleMs,
    median: {
      with: medianOf(raw.map((r) => r.with)),
      floor: medianOf(raw.map((r) => r.floor)),
      without: medianOf(raw.map((r) => r.without)),
    },
    aboveFloor,
    floorAboveNone: medianOf(raw.map((r) => diff(r.floor, r.without))),
    differences: differences.map((d) => ({ scriptMs: round(d.scriptMs), heapKb: round(d.heapKb) })),
    budget: s.budget,
    within: {
      script: aboveFloor.scriptMs <= s.budget.scriptMs,
      heap: aboveFloor.heapKb <= s.budget.heapKb,
    },
    raw,
    profile,
  };
}
