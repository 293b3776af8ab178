/**
 * Storm scenarios: the same mutation storm in the same replica page, in the browser with the
 * extension and in the one without, alternating and counterbalanced (A B, B A, …). The pairs are
 * spread over several launches of both browsers: two browser instances differ by a few per cent on
 * their own, for a whole run, so one launch per scenario measures its instances as much as the
 * extension. Each launch loads the page once; the storms then repeat on the loaded pages, so every
 * sample is a storm, not a load.
 */
import type { CDPSession, Page } from 'puppeteer';
import {
  HEAVY_LIST_ROWS,
  STORM_SCRIPT,
  type StormOptions,
  type StormResult,
} from '../tests/fixtures/salesforce/heavy-lightning';
import { inPanel, panelElement } from '../tests/support/page-actions';
import { cpuDelta, rendererCpu } from './cpu';
import type { BenchBrowser } from './launch';
import { profileStorm, type StormProfile } from './profile';
import { median, medianInterval, round, spread } from './stats';

export interface StormScenario {
  name: string;
  kind: 'idle' | 'active';
  url: string;
  /** the overlay card that proves the recognizer is live (with the extension) */
  card: string | null;
  /** the page has no list of its own: inject the storm script and render the list first */
  inject: boolean;
}

export interface StormSample {
  /** Performance.getMetrics deltas over the storm and its tail (wall clock, ms) */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** CPU time of the page renderer's main thread over the same span (ms, 10 ms ticks) */
  mainCpuMs: number;
  /** CPU time of the extension's processes (its service worker) over the same span */
  extensionCpuMs: number;
  storm: StormResult;
}

type Side = Omit<StormSample, 'storm'>;

export interface StormFigures {
  name: string;
  kind: 'idle' | 'active';
  url: string;
  pairs: number;
  /** nodes in the page when the storm starts */
  nodes: { with: number; without: number };
  changesPerStorm: number;
  with: Side;
  without: Side;
  /** medians over pairs of with / without, each pair run back to back */
  ratio: { scriptPlusTask: number; task: number; script: number; mainCpu: number };
  /**
   * Confidence interval of the script + task median ratio: the range of the launches' medians
   * (6 launches: 97 %), which counts the differences between browser instances; pairs pooled
   * across launches would not.
   */
  ratioInterval: [number, number];
  /** per launch of both browsers: its pairs and their median ratio (script + task) */
  launches: Array<{ pairs: number; ratio: number }>;
  /** the content script was injected in the page (an isolated world of the extension exists) */
  contentScriptInjected: boolean | null;
  /** main-thread CPU over `rest.ms` with nothing happening in the page, after the storms */
  rest: { ms: number; with: number; without: number };
  /** one more storm with the extension, under the sampling profiler: where its time went */
  profile: StormProfile | null;
  /**
   * `--panel-arm`: a third storm per pair in the same page with the panel's frame hidden
   * (display: none), so the cost of showing the out-of-process panel is measured on its own.
   */
  panelHidden: {
    with: Side;
    /** hidden / without, median of per-pair ratios (script + task; main-thread CPU) */
    ratio: { scriptPlusTask: number; mainCpu: number };
    ratioInterval: [number, number];
    /** shown / hidden in the same page, median of per-pair ratios (script + task) */
    shownOverHidden: number;
  } | null;
  samples: Array<{ with: StormSample; without: StormSample; hidden?: StormSample }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

const metricMap = async (cdp: CDPSession) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((m) => [m.name, m.value]));
};

/** Isolated worlds of extensions in the page: proof the content script was injected. */
async function extensionWorlds(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  let worlds = 0;
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin.startsWith('chrome-extension://')) worlds++;
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  await cdp.detach();
  return worlds;
}

/**
 * Shows or hides the panel's frame inside the overlay's (closed) shadow root, reached from the
 * extension's own frame (bench only); false when there is no panel.
 */
async function panelDisplay(page: Page, display: string): Promise<boolean> {
  const frame = await panelElement(page);
  if (!frame) return false;
  await frame.evaluate((el, value) => {
    el.style.display = value;
  }, display);
  return true;
}

/** Loads the page, waits for the recognizer (with) or as long (without), renders the list. */
async function prepare(b: BenchBrowser, s: StormScenario, settleMs: number) {
  const page = b.page;
  await page.bringToFront();
  await page.goto(s.url, { waitUntil: 'load' });
  const loaded = Date.now();
  if (b.extensionId && s.card) {
    // The cards are in the panel's frame (an extension page), out of the page's reach.
    await inPanel(
      page,
      (id: string) => (document.querySelector(`[data-card="${id}"]`) ? true : null),
      [s.card],
    );
  }
  await sleep(loaded + settleMs - Date.now());
  if (s.inject) await page.evaluate(STORM_SCRIPT);
  const { nodes } = (await page.evaluate(`window.__replicaStorm.ensure(${HEAVY_LIST_ROWS})`)) as {
    nodes: number;
  };
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp, nodes };
}

async function storm(
  b: BenchBrowser,
  prepared: Prepared,
  options: StormOptions,
  tailMs: number,
): Promise<StormSample> {
  const { page, cdp } = prepared;
  await page.bringToFront();
  await sleep(300); // quiet before
  const before = await metricMap(cdp);
  const cpuBefore = await rendererCpu(b.browser);
  const result = (await page.evaluate(
    `window.__replicaStorm.run(${JSON.stringify(options)})`,
  )) as StormResult;
  await sleep(tailMs);
  const after = await metricMap(cdp);
  const cpu = cpuDelta(cpuBefore, await rendererCpu(b.browser));
  const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
  return {
    taskMs: delta('TaskDuration'),
    scriptMs: delta('ScriptDuration'),
    layoutMs: delta('LayoutDuration'),
    styleMs: delta('RecalcStyleDuration'),
    mainCpuMs: cpu.mainMs,
    extensionCpuMs: cpu.extensionMs,
    storm: result,
  };
}

export interface Arms {
  with: BenchBrowser;
  without: BenchBrowser;
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/** One launch's pairs, after a warm-up pair that is not counted. */
async function stormPairs(
  s: StormScenario,
  browsers: Arms,
  a: Prepared,
  b: Prepared,
  count: number,
  launch: number,
  options: { storm: StormOptions; tailMs: number; panelArm: boolean },
  log: (line: string) => void,
): Promise<StormFigures['samples']> {
  const panelArm = options.panelArm && s.kind === 'active' && browsers.with.extensionId !== null;
  const samples: StormFigures['samples'] = [];
  for (let i = 0; i <= count; i++) {
    // Alternating, counterbalanced (A B, B A, A B …) so neither side always goes first.
    const withStorm = () => storm(browsers.with, a, options.storm, options.tailMs);
    const withoutStorm = () => storm(browsers.without, b, options.storm, options.tailMs);
    let w: StormSample;
    let wo: StormSample;
    if (i % 2 === 0) {
      w = await withStorm();
      wo = await withoutStorm();
    } else {
      wo = await withoutStorm();
      w = await withStorm();
    }
    let hidden: StormSample | undefined;
    if (panelArm) {
      if (!(await panelDisplay(a.page, 'none'))) throw new Error('no panel frame');
      hidden = await storm(browsers.with, a, options.storm, options.tailMs);
      await panelDisplay(a.page, '');
    }
    if (i > 0) samples.push(hidden ? { with: w, without: wo, hidden } : { with: w, without: wo });
    log(
      `${s.name}, launch ${launch + 1}, ${i === 0 ? 'warm-up' : `${i}/${count}`}: task ${w.taskMs.toFixed(0)}/${wo.taskMs.toFixed(0)} ms, script ${w.scriptMs.toFixed(0)}/${wo.scriptMs.toFixed(0)} ms, main-thread CPU ${w.mainCpuMs}/${wo.mainCpuMs} ms${hidden ? `; panel hidden: task ${hidden.taskMs.toFixed(0)} ms, script ${hidden.scriptMs.toFixed(0)} ms` : ''}`,
    );
  }
  return samples;
}

export async function stormScenario(
  s: StormScenario,
  /** both browsers for launch k: k = 0 may be the ones already running, later ones are fresh */
  launch: (k: number) => Promise<Arms>,
  options: {
    pairs: number;
    /** launches of both browsers the pairs are spread over */
    launches: number;
    storm: StormOptions;
    tailMs: number;
    settleMs: number;
    /** the extension build, with its hidden source maps */
    dist: string;
    /** how long to measure the page at rest after the storms */
    restMs: number;
    /** also storm with the panel's frame hidden (active scenarios, with the extension) */
    panelArm: boolean;
  },
  log: (line: string) => void,
): Promise<StormFigures> {
  const samples: StormFigures['samples'] = [];
  const launches: StormFigures['launches'] = [];
  let profile: StormProfile | null = null;
  const rest = { ms: options.restMs, with: 0, without: 0 };
  const atRest = async (browser: BenchBrowser, page: Page) => {
    await page.bringToFront();
    await sleep(500);
    const before = await rendererCpu(browser.browser);
    await sleep(options.restMs);
    return cpuDelta(before, await rendererCpu(browser.browser)).mainMs;
  };
  const sum = (x: StormSample) => x.scriptMs + x.taskMs;
  const over = (a: StormSample, b: StormSample, f: (x: StormSample) => number) =>
    f(a) / Math.max(1e-9, f(b));
  const counts = spread(options.pairs, options.launches);
  const start = async (k: number) => {
    const arms = await launch(k);
    return {
      browsers: arms,
      a: await prepare(arms.with, s, options.settleMs),
      b: await prepare(arms.without, s, options.settleMs),
    };
  };
  let { browsers, a, b } = await start(0);
  let injected: boolean | null = null;
  try {
    for (const [k, count] of counts.entries()) {
      if (k > 0) {
        await a.cdp.detach().catch(() => undefined);
        await b.cdp.detach().catch(() => undefined);
        ({ browsers, a, b } = await start(k));
      }
      injected = browsers.with.extensionId ? (await extensionWorlds(a.page)) > 0 : null;
      if ((await extensionWorlds(b.page)) > 0)
        throw new Error('the extension runs in the arm without it');
      const pairs = await stormPairs(s, browsers, a, b, count, k, options, log);
      samples.push(...pairs);
      launches.push({
        pairs: pairs.length,
        ratio: round(median(pairs.map((p) => over(p.with, p.without, sum))), 3),
      });
    }
    rest.with = await atRest(browsers.with, a.page);
    rest.without = await atRest(browsers.without, b.page);
    profile = await profileStorm(a.page, options.dist, async () => {
      await a.page.evaluate(`window.__replicaStorm.run(${JSON.stringify(options.storm)})`);
      await sleep(options.tailMs);
    });
  } finally {
    await a.cdp.detach().catch(() => undefined);
    await b.cdp.detach().catch(() => undefined);
  }
  const side = (k: 'with' | 'without' | 'hidden'): Side => {
    const m = (f: keyof Side) => round(median(samples.map((p) => p[k]?.[f] ?? Number.NaN)), 1);
    return {
      taskMs: m('taskMs'),
      scriptMs: m('scriptMs'),
      layoutMs: m('layoutMs'),
      styleMs: m('styleMs'),
      mainCpuMs: m('mainCpuMs'),
      extensionCpuMs: m('extensionCpuMs'),
    };
  };
  const ratio = (f: keyof Side) =>
    round(median(samples.map((p) => p.with[f] / Math.max(1e-9, p.without[f]))), 3);
  const withHidden = samples.flatMap((p) => (p.hidden ? [{ ...p, hidden: p.hidden }] : []));
  const interval = (ratios: number[]) =>
    medianInterval(ratios).map((x) => round(x, 3)) as [number, number];
  const hiddenRatios = withHidden.map((p) => over(p.hidden, p.without, sum));
  const panelHidden =
    withHidden.length > 0
      ? {
          with: side('hidden'),
          ratio: {
            scriptPlusTask: round(median(hiddenRatios), 3),
            mainCpu: round(
              median(withHidden.map((p) => over(p.hidden, p.without, (x) => x.mainCpuMs))),
              3,
            ),
          },
          ratioInterval: interval(hiddenRatios),
          shownOverHidden: round(median(withHidden.map((p) => over(p.with, p.hidden, sum))), 3),
        }
      : null;
  return {
    name: s.name,
    kind: s.kind,
    url: s.url,
    pairs: samples.length,
    nodes: { with: a.nodes, without: b.nodes },
    changesPerStorm: median(samples.map((p) => p.with.storm.changes)),
    with: side('with'),
    without: side('without'),
    ratio: {
      // The issue's figure: CDP script + task time, with / without.
      scriptPlusTask: round(median(samples.map((p) => over(p.with, p.without, sum))), 3),
      task: ratio('taskMs'),
      script: ratio('scriptMs'),
      mainCpu: ratio('mainCpuMs'),
    },
    ratioInterval:
      launches.length > 1
        ? interval(launches.map((l) => l.ratio))
        : interval(samples.map((p) => over(p.with, p.without, sum))),
    launches,
    contentScriptInjected: injected,
    rest,
    profile,
    panelHidden,
    samples,
  };
}
