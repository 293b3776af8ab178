/**
 * `npm run bench`: what the extension costs, measured side by side in one run. Two Chromiums
 * (the same binary and flags), one with the extension built into dist-bench/ and one without,
 * load the same replica pages; storm runs alternate with / without, each pair in the other order
 * (A B, B A, A B …), so drift, noise and going first fall on both sides, and each scenario's
 * pairs are spread over several launches of both browsers. Prints a table and writes
 * bench/results.json. Not part of `npm test`: timings never gate tests.
 *
 *   npm run bench [-- --skip-build --pairs=N (idle) --active-pairs=N --launches=N
 *                    --loads=N (install page)
 *                    --panel-arm (active pages: also storm with the panel's frame hidden)
 *                    --only=TEXT (storm scenarios whose name contains TEXT; skips the rest;
 *                             --only=load: the first-load scenarios alone; --only=load:TEXT:
 *                             those whose page name contains TEXT)
 *                    --load-samples=N (first loads per page and arm) --load-settle=MS
 *                    --load-profile (one more load per page under the profiler)
 *                    --floor-probe=NAME (the floor does one thing, bench/load.ts FLOOR_PROBES:
 *                                        its cost is then "floor above none")
 *                    --aa (both arms without the extension, idle storm only: the noise floor)
 *                    --same-browser (one Chromium: the arm without the extension is an
 *                                    off-the-record context of the same browser)]
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CPQ_ID } from '../tests/fixtures/salesforce/catalog';
import type { StormOptions } from '../tests/fixtures/salesforce/heavy-lightning';
import type { Pkg } from '../tests/fixtures/salesforce/state';
import { type ReplicaServer, startReplicaServer } from '../tests/support/replica-server';
import { PAGE_BUDGET_KB } from './budgets';
import { buildBench } from './build';
import { type BenchBrowser, launchBench, offTheRecordArm } from './launch';
import {
  type LoadArm,
  type LoadFigures,
  type LoadScenario,
  loadScenario,
  writeFloorExtension,
} from './load';
import {
  CLICK_INSTALL,
  COUNT_OBSERVATIONS,
  type ProbeMarks,
  REACTION_PROBE,
  reportRoundTrips,
} from './probes';
import type { Hotspot } from './profile';
import { type BundleSizes, measureSizes } from './size';
import { median, p95, round } from './stats';
import { type Arms, type StormFigures, type StormScenario, stormScenario } from './storm';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist-bench');
const flag = (name: string) => process.argv.includes(`--${name}`);
const RESULTS = join(ROOT, 'bench', flag('aa') ? 'results-aa.json' : 'results.json');
const numberArg = (name: string, fallback: number) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};

/**
 * Measured with / without pairs per storm scenario (plus one warm-up pair, not counted). One pair
 * varies by ±15 % here: with 20 the median's 95 % interval spans about ±5 %, as wide as the
 * budgets; 40 narrow it to about ±3 %, enough for the active budget (1.05). The idle budget
 * (1.02) needs 150: about ±2 %.
 */
const PAIRS = numberArg('pairs', 150);
const ACTIVE_PAIRS = numberArg('active-pairs', 40);
/**
 * Launches of both browsers each scenario's pairs are spread over. Two browser instances differ
 * by a few per cent on their own, for as long as they run: two 150-pair idle runs of one build
 * gave 0.995 [0.97, 1.01] and 1.022 [1.01, 1.04] with one launch each. Six launches average that
 * out, and the range of their six medians is a 97 % interval that includes it.
 */
const LAUNCHES = numberArg('launches', 6);
/** Install-page loads for the reaction times, and how late the page renders its options. */
const LOADS = numberArg('loads', 20);
const RENDER_DELAY_MS = numberArg('render-delay', 300);
const STORM: StormOptions = {
  mutations: 24_000,
  durationMs: 2_000,
  burstEveryMs: 100,
  batchesPerBurst: 6,
  navigations: 4,
};
/** After the storm: lets deferred work (the Installed Packages recognizer's 400 ms settle) land. */
const TAIL_MS = 500;
/** Then the page is measured at rest: a recognized page should cost nothing while still. */
const REST_MS = 3000;
/**
 * First loads per page and arm (after one warm-up). One load's script time varies by several
 * milliseconds; 15 paired samples put the median's 95 % interval within about ±3 ms.
 */
const LOAD_SAMPLES = numberArg('load-samples', 15);
/** From navigation to the figures being read: the page loaded and the guide's work done. */
const LOAD_SETTLE_MS = numberArg('load-settle', 2500);
/** Budgets above the floor, per first load (medians). */
const LOAD_BUDGET = {
  helped: { scriptMs: 15, heapKb: 150 },
  unhelped: { scriptMs: 5, heapKb: 40 },
};
const LOAD_SCENARIOS: LoadScenario[] = [
  {
    name: 'Installed Packages (helped)',
    url: 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
    card: 'installed-packages',
    budget: LOAD_BUDGET.helped,
  },
  {
    name: 'install page (helped)',
    url: `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
    card: 'install',
    budget: LOAD_BUDGET.helped,
  },
  {
    name: 'heavy Lightning list (not helped)',
    url: 'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
    card: null,
    budget: LOAD_BUDGET.unhelped,
  },
];
const TABS = 10;
const RELOADS_PER_TAB = 20;

const BUDGET = {
  contentGzip: PAGE_BUDGET_KB * 1024,
  idleRatio: 1.02,
  activeRatio: 1.05,
  reactionMedianMs: 16,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const log = (...parts: unknown[]) => console.error('[bench]', ...parts);

// ---------------------------------------------------------------------------------------------
// Reaction times on the install page

interface ReactionFigures {
  loads: number;
  renderDelayMs: number;
  /** when the options entered the DOM, ms after navigation start, per load */
  optionsAtMs: number[];
  radio: { medianMs: number; p95Ms: number; samples: number[] };
  dialog: { medianMs: number; p95Ms: number; samples: number[] };
}

async function reactionScenario(
  withExt: BenchBrowser,
  server: ReplicaServer,
  renderDelayMs: number,
  loads: number,
): Promise<ReactionFigures> {
  const org = server.org('acme');
  org.variant = 'a';
  org.installPageRenderDelayMs = renderDelayMs;
  const url = `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`;
  const page = await withExt.browser.newPage();
  await page.evaluateOnNewDocument(REACTION_PROBE);
  const radio: number[] = [];
  const dialog: number[] = [];
  const optionsAt: number[] = [];
  try {
    for (let i = 0; i <= loads; i++) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction('window.__benchProbe.radioAt !== undefined', {
        timeout: 10_000,
        polling: 20,
      });
      if (!(await page.evaluate(CLICK_INSTALL))) throw new Error('no Install button');
      await page.waitForFunction('window.__benchProbe.boxAt !== undefined', {
        timeout: 10_000,
        polling: 20,
      });
      const m = (await page.evaluate('window.__benchProbe')) as ProbeMarks;
      if (i === 0) continue; // warm-up
      if (m.optionsAt === undefined || m.radioAt === undefined) throw new Error('radio not timed');
      if (m.dialogAt === undefined || m.boxAt === undefined) throw new Error('dialog not timed');
      radio.push(m.radioAt - m.optionsAt);
      optionsAt.push(round(m.optionsAt));
      dialog.push(m.boxAt - m.dialogAt);
    }
  } finally {
    await page.close();
    org.installPageRenderDelayMs = 0;
  }
  log(`reaction (options rendered ${renderDelayMs} ms late): ${radio.length} loads`);
  const figures = (xs: number[]) => ({
    medianMs: round(median(xs)),
    p95Ms: round(p95(xs)),
    samples: xs.map((x) => round(x)),
  });
  return {
    loads: radio.length,
    renderDelayMs,
    optionsAtMs: optionsAt,
    radio: figures(radio),
    dialog: figures(dialog),
  };
}

// ---------------------------------------------------------------------------------------------
// The worker: report:get round trips; 200 observations from 10 tabs at once

interface WorkerFigures {
  reportGet: { medianMs: number; p95Ms: number; n: number };
  observations: {
    tabs: number;
    loads: number;
    /** observe messages that reached the worker */
    sent: number;
    /** observations in the org's history (folded repeats counted by `count`) */
    applied: number;
    historyEntries: number;
    historyDropped: number;
    /** from the first load to the moment every received observation was in the report */
    totalMs: number;
    /** from the last observation's arrival until it was applied */
    settleMs: number;
    /** per load: navigation start → its observation at the worker */
    loadToWorker: { medianMs: number; p95Ms: number };
    lost: number;
  };
}

const filler = (i: number): Pkg => ({
  name: `Bench Filler ${i}`,
  publisher: 'Example Corp',
  version: `1.${i}`,
  namespace: `bfill${i}`,
  installedOn: '1/2/2025',
});

interface HistoryReport {
  history: Array<{ kind: string; count?: number }>;
  historyDropped: number;
}

async function workerScenario(
  withExt: BenchBrowser,
  server: ReplicaServer,
): Promise<WorkerFigures> {
  const orgName = 'acme';
  await withExt.message({ type: 'org:reset', org: orgName });
  const org = server.org(orgName);
  const base = org.installed.filter((p) => !p.name.startsWith('Bench Filler'));

  const worker = await withExt.worker();
  const arrivals = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  worker.client.on('Runtime.bindingCalled', (event) => {
    if (event.name !== '__benchSeen') return;
    arrivals.set(event.payload, Date.now());
    waiting.get(event.payload)?.();
  });
  await worker.client.send('Runtime.addBinding', { name: '__benchSeen' });
  await worker.evaluate(COUNT_OBSERVATIONS);

  const arrived = (url: string, timeout: number) =>
    new Promise<boolean>((resolvePromise) => {
      if (arrivals.has(url)) return resolvePromise(true);
      const timer = setTimeout(() => {
        waiting.delete(url);
        resolvePromise(false);
      }, timeout);
      waiting.set(url, () => {
        clearTimeout(timer);
        waiting.delete(url);
        resolvePromise(true);
      });
    });

  const tabs = await Promise.all(Array.from({ length: TABS }, () => withExt.browser.newPage()));
  const loadToWorker: number[] = [];
  let lost = 0;
  let counter = 0;
  const start = Date.now();
  await Promise.all(
    tabs.map(async (tab, t) => {
      for (let j = 0; j < RELOADS_PER_TAB; j++) {
        // Each load sees a different package list: one `packages` observation per load.
        const k = counter++;
        org.installed = [...base, ...Array.from({ length: k % 4 }, (_, i) => filler(i))];
        const url = `https://acme.my.salesforce.com/0A3?setupid=ImportedPackage&bench=${t}-${j}`;
        const seen = arrived(url, 10_000);
        const t0 = Date.now();
        await tab.goto(url, { waitUntil: 'domcontentloaded' });
        // Navigate on as soon as the worker has the message: it still has to apply it.
        if (await seen) loadToWorker.push((arrivals.get(url) ?? t0) - t0);
        else lost++;
      }
    }),
  );
  const lastArrival = Math.max(...arrivals.values());
  const sent = arrivals.size;

  const appliedNow = async () => {
    const report = await withExt.message<HistoryReport | { error: string }>({
      type: 'report:get',
      org: orgName,
    });
    if ('error' in report) return { applied: 0, entries: 0, dropped: 0 };
    const packages = report.history.filter((h) => h.kind === 'packages');
    return {
      applied: packages.reduce((n, h) => n + (h.count ?? 1), 0),
      entries: report.history.length,
      dropped: report.historyDropped,
    };
  };
  let state = await appliedNow();
  const deadline = Date.now() + 20_000;
  while (state.applied < sent && Date.now() < deadline) {
    await sleep(25);
    state = await appliedNow();
  }
  const settled = Date.now();
  await Promise.all(tabs.map((tab) => tab.close()));
  org.installed = base;
  log(`worker: ${state.applied}/${sent} applied`);

  const popup = await withExt.extensionPage();
  await popup.evaluate(reportRoundTrips(orgName, 10)); // warm-up
  const times = (await popup.evaluate(reportRoundTrips(orgName, 50))) as number[];

  return {
    reportGet: { medianMs: round(median(times)), p95Ms: round(p95(times)), n: times.length },
    observations: {
      tabs: TABS,
      loads: TABS * RELOADS_PER_TAB,
      sent,
      applied: state.applied,
      historyEntries: state.entries,
      historyDropped: state.dropped,
      totalMs: settled - start,
      settleMs: Math.max(0, settled - lastArrival),
      loadToWorker: { medianMs: median(loadToWorker), p95Ms: p95(loadToWorker) },
      lost,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Table

interface Row {
  figure: string;
  with: string;
  without: string;
  ratio: string;
  budget: string;
  within: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
const withInterval = (ratio: number, [low, high]: [number, number]) =>
  `${ratio.toFixed(3)} [${low.toFixed(2)}, ${high.toFixed(2)}]`;
/** A row that informs, with no baseline and no budget. */
const info = (figure: string, value = ''): Row => ({
  figure,
  with: value,
  without: '',
  ratio: '',
  budget: '',
  within: '',
});

function rows(
  sizes: BundleSizes,
  storms: StormFigures[],
  reaction: ReactionFigures | null,
  startup: ReactionFigures | null,
  worker: WorkerFigures | null,
  loads: LoadFigures[],
): Row[] {
  const name = (file: string) =>
    file.replace(/^assets\//, '').replace(/(?:\.run)?-[\w-]{8}\.js$/, '');
  const pages = Object.entries(sizes.pageTotals)
    .map(([file, size]) => [name(file), size] as const)
    .sort((a, b) => b[1].gzip - a[1].gzip);
  const largest = pages[0];
  const tables = Object.entries(sizes.labelTables).map(
    ([file, size]) => [name(file), size] as const,
  );
  const out: Row[] = [
    info(
      'content script, gzip (every frame: the first stage, a classic script)',
      kb(sizes.content.gzip),
    ),
    info(
      'second stage, gzip (every recognized page: the page runner, loaded by URL)',
      kb(sizes.secondStage.gzip),
    ),
    info(
      'overlay chunks, gzip (import() once a page shows something: rings, placement, the panel frame)',
      kb(sizes.overlay.gzip),
    ),
    {
      figure: `largest recognized page (${largest?.[0] ?? '-'}), gzip: both stages + overlay + its chunks, each file once; the budget is judged on it`,
      with: largest ? kb(largest[1].gzip) : '',
      without: '',
      ratio: '',
      budget: `≤ ${PAGE_BUDGET_KB} KB (${BUDGET.contentGzip} B)`,
      within: largest ? yes(largest[1].gzip <= BUDGET.contentGzip) : '',
    },
    {
      figure: `other recognized pages, gzip (same count): ${pages
        .slice(1)
        .map(([page, size]) => `${page} ${kb(size.gzip)}`)
        .join(', ')}`,
      with: '',
      without: '',
      ratio: '',
      budget: '',
      within: '',
    },
    {
      figure: `Setup label tables, gzip (added on a page in that language): ${tables
        .map(([table, size]) => `${table} ${kb(size.gzip)}`)
        .join(', ')}`,
      with: '',
      without: '',
      ratio: '',
      budget: '',
      within: '',
    },
    info('all lazy chunks together, gzip', kb(sizes.contentLazy.gzip)),
    info('worker, gzip', kb(sizes.worker.gzip)),
    info('popup, gzip', kb(sizes.popup.gzip)),
  ];
  for (const s of storms) {
    const budget = s.kind === 'idle' ? BUDGET.idleRatio : BUDGET.activeRatio;
    out.push({
      figure: `${s.name}: script + task time (Performance.getMetrics: the issue's figure), per storm, median of ${s.pairs} pairs over ${s.launches.length} launches [interval: ${s.launches.length > 1 ? "range of the launches' medians" : '95 %, order statistics'}]`,
      with: ms(s.with.scriptMs + s.with.taskMs),
      without: ms(s.without.scriptMs + s.without.taskMs),
      ratio: withInterval(s.ratio.scriptPlusTask, s.ratioInterval),
      budget: `≤ ${budget.toFixed(2)}`,
      within: yes(s.ratio.scriptPlusTask <= budget),
    });
    for (const [label, key, ratio] of [
      ['task time (Performance.getMetrics)', 'taskMs', s.ratio.task],
      ['script time (Performance.getMetrics)', 'scriptMs', s.ratio.script],
      ['main-thread CPU (/proc)', 'mainCpuMs', s.ratio.mainCpu],
    ] as const) {
      out.push({
        // Parts and cross-checks of the judged figure, not judged themselves: script time alone
        // is a few per cent of the total, so a few milliseconds move its ratio by tens of per cent.
        figure: `${s.name}: ${label}, per storm, median of ${s.pairs}`,
        with: ms(s.with[key]),
        without: ms(s.without[key]),
        ratio: ratio.toFixed(3),
        budget: '',
        within: '',
      });
    }
    out.push(
      info(
        `${s.name}: median ratio of each launch of both browsers (script + task)`,
        s.launches.map((l) => l.ratio.toFixed(3)).join(', '),
      ),
    );
    out.push({
      figure: `${s.name}: at rest (no mutations), main-thread CPU over ${s.rest.ms / 1000} s`,
      with: ms(s.rest.with),
      without: ms(s.rest.without),
      ratio: '',
      budget: '',
      within: '',
    });
    if (s.panelHidden) {
      const h = s.panelHidden;
      out.push({
        figure: `${s.name}, panel's frame hidden (--panel-arm, same page, third storm of each pair): script + task`,
        with: ms(h.with.scriptMs + h.with.taskMs),
        without: ms(s.without.scriptMs + s.without.taskMs),
        ratio: withInterval(h.ratio.scriptPlusTask, h.ratioInterval),
        budget: `≤ ${budget.toFixed(2)}`,
        within: yes(h.ratio.scriptPlusTask <= budget),
      });
      out.push(
        info(`${s.name}: panel shown / hidden, script + task`, h.shownOverHidden.toFixed(3)),
      );
    }
    if (s.profile) {
      // The extension's own sampled time, over the page's CPU time without it. Forced layout is
      // left out of the estimate: the frame would mostly have laid the page out anyway.
      const own = s.profile.extensionMs - s.profile.forcedLayoutMs;
      const estimate = 1 + own / Math.max(1, s.without.mainCpuMs);
      out.push({
        figure: `${s.name}: extension code on the stack (CPU profile of 1 storm; estimate without forced layout)`,
        with: `${ms(s.profile.extensionMs)} (${s.profile.forcedLayoutMs} in forced layout)`,
        without: '',
        ratio: estimate.toFixed(3),
        budget: `≤ ${budget.toFixed(2)}`,
        within: yes(estimate <= budget),
      });
    }
  }
  for (const l of loads) {
    const m = l.median;
    const spread = (key: 'scriptMs' | 'heapKb') => {
      const xs = l.differences.map((d) => d[key]).sort((a, b) => a - b);
      return `${(xs[0] ?? 0).toFixed(0)}…${(xs.at(-1) ?? 0).toFixed(0)}`;
    };
    out.push(
      {
        figure: `first load, ${l.name}: renderer script time per load (navigation → settled ${l.settleMs / 1000} s), median of ${l.samples}; with / floor / none; above the floor (per-sample differences ${spread('scriptMs')} ms)`,
        with: ms(m.with.scriptMs),
        without: `${ms(m.floor.scriptMs)} / ${ms(m.without.scriptMs)}`,
        ratio: `+${l.aboveFloor.scriptMs.toFixed(1)} ms`,
        budget: `≤ +${l.budget.scriptMs} ms`,
        within: yes(l.within.script),
      },
      {
        figure: `first load, ${l.name}: JS heap after GC (all worlds), median of ${l.samples}; with / floor / none; above the floor (per-sample differences ${spread('heapKb')} KB)`,
        with: `${m.with.heapKb.toFixed(0)} KB`,
        without: `${m.floor.heapKb.toFixed(0)} KB / ${m.without.heapKb.toFixed(0)} KB`,
        ratio: `+${l.aboveFloor.heapKb.toFixed(0)} KB`,
        budget: `≤ +${l.budget.heapKb} KB`,
        within: yes(l.within.heap),
      },
      info(
        `first load, ${l.name}: the floor (a content script that does nothing) above none`,
        `+${l.floorAboveNone.scriptMs.toFixed(1)} ms, +${l.floorAboveNone.heapKb.toFixed(0)} KB`,
      ),
    );
  }
  if (reaction) {
    for (const [label, r] of [
      [
        `reaction: options inserted (${reaction.renderDelayMs} ms late) → All Users checked`,
        reaction.radio,
      ],
      ['reaction: dialog inserted → grant access ticked', reaction.dialog],
    ] as const) {
      out.push({
        figure: `${label} (median / p95 of ${reaction.loads})`,
        with: `${r.medianMs.toFixed(1)} / ${r.p95Ms.toFixed(1)} ms`,
        without: '',
        ratio: '',
        budget: `median ≤ ${BUDGET.reactionMedianMs} ms`,
        within: yes(r.medianMs <= BUDGET.reactionMedianMs),
      });
    }
  }
  if (startup) {
    out.push({
      figure: `start-up: options in the page's HTML → All Users checked (median / p95 of ${startup.loads})`,
      with: `${startup.radio.medianMs.toFixed(1)} / ${startup.radio.p95Ms.toFixed(1)} ms`,
      without: '',
      ratio: '',
      budget: '',
      within: '',
    });
  }
  if (worker) {
    const o = worker.observations;
    out.push(
      {
        figure: `worker: report:get round trip (median / p95 of ${worker.reportGet.n})`,
        with: `${worker.reportGet.medianMs.toFixed(1)} / ${worker.reportGet.p95Ms.toFixed(1)} ms`,
        without: '',
        ratio: '',
        budget: '',
        within: '',
      },
      {
        figure: `worker: observations from ${o.tabs} tabs × ${o.loads / o.tabs} loads, applied / sent`,
        with: `${o.applied} / ${o.sent} (of ${o.loads} loads)`,
        without: '',
        ratio: '',
        budget: 'all applied',
        within: yes(o.applied === o.sent && o.sent === o.loads),
      },
      {
        figure: 'worker: time to settle (all applied) after the last arrival / whole run',
        with: `${o.settleMs} ms / ${(o.totalMs / 1000).toFixed(1)} s`,
        without: '',
        ratio: '',
        budget: '',
        within: '',
      },
    );
  }
  return out;
}

function printTable(table: Row[]): void {
  const head: Row = {
    figure: 'figure',
    with: 'with',
    without: 'without',
    ratio: 'ratio',
    budget: 'budget',
    within: 'within?',
  };
  const keys = Object.keys(head) as Array<keyof Row>;
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[head, ...table].map((r) => r[k].length))]),
  ) as Record<keyof Row, number>;
  const line = (r: Row) => `| ${keys.map((k) => r[k].padEnd(width[k])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${keys.map((k) => '-'.repeat(width[k] + 2)).join('|')}|`);
  for (const r of table) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  if (!flag('skip-build')) {
    log('building into dist-bench/ …');
    buildBench();
  }
  const sizes = measureSizes(DIST);

  const server = await startReplicaServer();
  // A/A: the "with" browser has no extension either, so any ratio away from 1 is this
  // machine's noise, the finest difference the bench can resolve here.
  const aa = flag('aa');
  const launchWith = () =>
    launchBench({
      label: 'with',
      resolverRules: server.resolverRules,
      extensionDir: aa ? null : DIST,
    });
  const launchWithout = () =>
    launchBench({ label: 'without', resolverRules: server.resolverRules, extensionDir: null });
  /** Both browsers, started in turn, in the other order at every launch. */
  const launchArms = async (k: number): Promise<Arms> => {
    if (flag('same-browser')) {
      const withExt = await launchWith();
      return { with: withExt, without: await offTheRecordArm(withExt) };
    }
    if (k % 2 === 0) {
      const withExt = await launchWith();
      return { with: withExt, without: await launchWithout() };
    }
    const without = await launchWithout();
    return { with: await launchWith(), without };
  };
  let arms = null as Arms | null;
  /** Launch 0 of each storm scenario reuses the running browsers; later ones start fresh. */
  const relaunch = async (k: number): Promise<Arms> => {
    if (k === 0 && arms) return arms;
    await arms?.without.close();
    await arms?.with.close();
    arms = await launchArms(k);
    return arms;
  };
  const errors: string[] = [];
  const attempt = async <T>(name: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      errors.push(`${name}: ${String(error)}`);
      log(`${name} failed:`, error);
      return null;
    }
  };

  const storms: StormFigures[] = [];
  let reaction: ReactionFigures | null = null;
  let startup: ReactionFigures | null = null;
  let worker: WorkerFigures | null = null;
  const loads: LoadFigures[] = [];
  try {
    const scenarios: StormScenario[] = [
      {
        name: 'idle, heavy Lightning list (no recognizer)',
        kind: 'idle',
        url: 'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
        card: null,
        inject: false,
      },
      {
        name: 'active, Installed Packages',
        kind: 'active',
        url: 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
        card: 'installed-packages',
        inject: true,
      },
      {
        name: 'active, install page',
        kind: 'active',
        url: `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
        card: 'install',
        inject: true,
      },
    ];
    const only = aa
      ? 'idle'
      : process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
    for (const s of scenarios.filter((x) => !only || x.name.includes(only))) {
      const figures = await attempt(s.name, () =>
        stormScenario(
          s,
          relaunch,
          {
            pairs: s.kind === 'idle' ? PAIRS : ACTIVE_PAIRS,
            launches: LAUNCHES,
            storm: STORM,
            tailMs: TAIL_MS,
            settleMs: 1200,
            dist: DIST,
            restMs: REST_MS,
            panelArm: flag('panel-arm'),
          },
          (line) => log(line),
        ),
      );
      if (figures) storms.push(figures);
    }
    // With --only, a storm scenario alone: no reaction or worker figures.
    if (!only) {
      const { with: withExt } = await relaunch(0);
      reaction = await attempt('reaction', () =>
        reactionScenario(withExt, server, RENDER_DELAY_MS, LOADS),
      );
      // The same page with its options in the HTML: the recognizer's start-up is then included.
      startup = await attempt('start-up', () => reactionScenario(withExt, server, 0, 10));
      worker = await attempt('worker', () => workerScenario(withExt, server));
    }
    if (!only || only === 'load' || only.startsWith('load:')) {
      // The storm browsers are not needed any more: three fresh ones for the first loads.
      await arms?.without.close();
      await arms?.with.close();
      arms = null;
      const probe = process.argv.find((a) => a.startsWith('--floor-probe='))?.split('=')[1];
      const floorDir = writeFloorExtension(DIST, probe);
      const browsers = {} as Record<LoadArm, BenchBrowser>;
      try {
        for (const [arm, extensionDir] of [
          ['with', aa ? null : DIST],
          ['floor', floorDir],
          ['without', null],
        ] as const) {
          browsers[arm] = await launchBench({
            label: arm,
            resolverRules: server.resolverRules,
            extensionDir,
          });
        }
        // --only=load:TEXT: the first-load pages whose name contains TEXT.
        const pick = only?.startsWith('load:') ? only.slice('load:'.length) : '';
        for (const s of LOAD_SCENARIOS.filter((x) => x.name.includes(pick))) {
          const figures = await attempt(`load, ${s.name}`, () =>
            loadScenario(
              s,
              browsers,
              {
                samples: LOAD_SAMPLES,
                settleMs: LOAD_SETTLE_MS,
                dist: DIST,
                profile: flag('load-profile'),
              },
              (line) => log(line),
            ),
          );
          if (figures) loads.push(figures);
        }
      } finally {
        for (const b of Object.values(browsers)) await b.close();
        rmSync(floorDir, { recursive: true, force: true });
      }
    }
  } finally {
    await arms?.without.close();
    await arms?.with.close();
    await server.close();
  }

  const table = rows(sizes, storms, reaction, startup, worker, loads);
  printTable(table);
  const printHotspots = (hotspots: Hotspot[]) => {
    for (const h of hotspots) {
      const inside = Object.entries(h.inside)
        .map(([api, t]) => `${api} ${t} ms`)
        .join(', ');
      console.log(
        `  ${String(h.ms).padStart(5)} ms  ${h.where}  ${h.code}${inside ? `  [${inside}]` : ''}`,
      );
    }
  };
  for (const s of storms) {
    if (!s.profile || s.profile.extensionMs < 20) continue;
    console.log(`\nWhere the extension's ${s.profile.extensionMs} ms went (${s.name}):`);
    printHotspots(s.profile.hotspots.slice(0, 5));
  }
  for (const l of loads) {
    if (!l.profile) continue;
    console.log(`\nFirst load, ${l.name}: extension code on the stack ${l.profile.extensionMs} ms`);
    printHotspots(l.profile.hotspots.slice(0, 8));
  }
  if (errors.length > 0) console.log(`\nFailed: ${errors.join('\n')}`);
  const elapsed = Math.round((Date.now() - started) / 1000);
  console.log(`\n${elapsed} s; details in bench/results.json`);
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        chromium: await chromiumVersion(),
        elapsedSeconds: elapsed,
        settings: {
          restMs: REST_MS,
          arms: flag('same-browser')
            ? 'one Chromium: default context / off-the-record context'
            : 'two Chromiums',
          aa: flag('aa'),
          pairs: PAIRS,
          activePairs: ACTIVE_PAIRS,
          launches: LAUNCHES,
          loads: LOADS,
          storm: STORM,
          tailMs: TAIL_MS,
          budget: BUDGET,
          loadSamples: LOAD_SAMPLES,
          loadSettleMs: LOAD_SETTLE_MS,
          loadBudget: LOAD_BUDGET,
        },
        table,
        sizes,
        storms,
        reaction,
        startup,
        worker,
        loads,
        errors,
      },
      null,
      2,
    )}\n`,
  );
}

async function chromiumVersion(): Promise<string> {
  const r = spawnSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
  });
  return (r.stdout ?? '').trim();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
