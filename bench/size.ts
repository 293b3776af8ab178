/**
 * What each part of the built extension weighs, gzip-compressed (level 9), read from the build:
 * the manifest names the content script (the first stage, a classic script), the worker loader
 * and the popup page; from there static imports are followed file by file. The first stage names
 * the second (`assets/….js`, loaded by URL on a recognized page); its `import()` targets (and
 * what only they import) are counted apart. A recognized page's total is every file it loads,
 * each once: both stages, the overlay and that recognizer's chunks (with what they import in
 * turn), but not the label tables of another Setup language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PartSize {
  files: FileSize[];
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  /** the first stage (and any static import): what every frame of every Salesforce page loads */
  content: PartSize;
  /** the second stage and its static imports: what every recognized page loads besides */
  secondStage: PartSize;
  /** everything loaded by `import()` once a page is recognized */
  contentLazy: PartSize;
  /** the overlay: the `import()` target(s) named mount*, with what only they import (Preact) */
  overlay: PartSize;
  /**
   * each recognizer's `import()` target, with what it adds to the entry (static imports, and
   * what it loads by `import()` in turn); chunks shared with the overlay are counted here too
   */
  lazyByTarget: Record<string, PartSize>;
  /**
   * per recognizer's target: all a recognized page loads (content + overlay + its chunks, each
   * file once), in English; the budget is judged on the largest
   */
  pageTotals: Record<string, PartSize>;
  /** the label tables of a Setup language other than English (loaded only on such a page) */
  labelTables: Record<string, PartSize>;
  worker: PartSize;
  popup: PartSize;
}

const STATIC = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?(["'`])(\.{1,2}\/[^"'`]+?\.js)\1/g;
const DYNAMIC = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1\s*\)/g;
/** crxjs loaders: chrome.runtime.getURL("assets/…js"), relative to the extension root */
const GET_URL = /getURL\(\s*(["'`])([^"'`]+?\.js)\1\s*\)/g;
/** The second stage, named by the first as a path from the extension root. */
const STAGE_PATH = /(["'`])(assets\/[^"'`]+?\.js)\1/g;
const HTML_REFS = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g;

export function measureSizes(dist: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
    background?: { service_worker?: string };
    action?: { default_popup?: string };
  };
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const resolveFrom = (from: string, spec: string) =>
    normalize(join(dirname(from), spec)).replace(/\\/g, '/');

  /**
   * Files loaded from `roots`: static imports, and `import()` targets too when `dynamic` says so;
   * every `import()` target seen is added to `lazy`. Files in `loaded` are already there.
   */
  const closure = (
    roots: string[],
    lazy?: Set<string>,
    dynamic: (target: string) => boolean = () => false,
    loaded: ReadonlySet<string> = new Set(),
  ): Set<string> => {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const file = queue.shift() as string;
      if (seen.has(file) || loaded.has(file) || !existsSync(join(dist, file))) continue;
      seen.add(file);
      if (!file.endsWith('.js')) continue;
      const source = read(file);
      for (const m of source.matchAll(STATIC)) queue.push(resolveFrom(file, m[2] ?? ''));
      for (const m of source.matchAll(GET_URL)) queue.push(normalize(m[2] ?? ''));
      for (const m of source.matchAll(DYNAMIC)) {
        const target = resolveFrom(file, m[2] ?? '');
        lazy?.add(target);
        if (dynamic(target)) queue.push(target);
      }
    }
    return seen;
  };

  const part = (files: Iterable<string>): PartSize => {
    const list = [...files].sort().map((file) => {
      const buffer = readFileSync(join(dist, file));
      return { file, bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
    });
    return {
      files: list,
      bytes: list.reduce((s, f) => s + f.bytes, 0),
      gzip: list.reduce((s, f) => s + f.gzip, 0),
    };
  };

  const isOverlay = (root: string) => /(?:^|\/)mount[-.]/.test(root);
  const isLabelTable = (root: string) => /(?:^|\/)labels\.[a-z]{2}-[\w-]+\.js$/.test(root);
  /** The page snapshot's code (src/content/snapshot/): loaded when an admin asks, no recognizer. */
  const isSnapshot = (root: string) => /(?:^|\/)snapshot-[a-z]+-[\w-]+\.js$/.test(root);
  /** What a recognizer loads in turn: its own `import()`s, not the overlay or a label table. */
  const ownDynamic = (target: string) => !isOverlay(target) && !isLabelTable(target);

  /** import() targets of the content script: the overlay, recognizers, label tables */
  const entryTargets = new Set<string>();
  const content = closure(
    (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    entryTargets,
  );
  const stages = [...content].flatMap((file) =>
    [...read(file).matchAll(STAGE_PATH)].map((m) => normalize(m[2] ?? '')),
  );
  const second = closure(stages, entryTargets, () => false, content);
  const loaded = new Set([...content, ...second]);
  // with what the lazy chunks load by import() in turn (a recognizer may load its reader later)
  const lazy = [...closure([...entryTargets], undefined, () => true, loaded)];
  const lazyPart = (root: string) => [...closure([root], undefined, ownDynamic, loaded)];
  const overlay = new Set([...entryTargets].filter(isOverlay).flatMap(lazyPart));
  const recognizers = [...entryTargets].filter((t) => ownDynamic(t) && !isSnapshot(t)).sort();
  const lazyByTarget = Object.fromEntries(recognizers.map((root) => [root, part(lazyPart(root))]));
  const pageTotals = Object.fromEntries(
    recognizers.map((root) => [root, part(new Set([...loaded, ...overlay, ...lazyPart(root)]))]),
  );
  const labelTables = Object.fromEntries(
    [...entryTargets]
      .filter(isLabelTable)
      .sort()
      .map((root) => [root, part(lazyPart(root))]),
  );

  const workerEntry = manifest.background?.service_worker;
  const worker = workerEntry ? closure([workerEntry]) : new Set<string>();

  const popupHtml = manifest.action?.default_popup;
  const popup = new Set<string>();
  if (popupHtml) {
    popup.add(popupHtml);
    const refs = [...read(popupHtml).matchAll(HTML_REFS)].map((m) => {
      const ref = m[1] ?? '';
      return ref.startsWith('/') ? ref.slice(1) : resolveFrom(popupHtml, ref);
    });
    for (const f of closure(refs)) popup.add(f);
  }

  return {
    content: part(content),
    secondStage: part(second),
    contentLazy: part(lazy),
    overlay: part(overlay),
    lazyByTarget,
    pageTotals,
    labelTables,
    worker: part(worker),
    popup: part(popup),
  };
}

/** Paths shown relative to the build folder. */
export const shortName = (dist: string, file: string) => relative(dist, join(dist, file));
