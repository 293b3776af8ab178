/**
 * What each part of the built extension weighs, gzip-compressed (level 9), read from the build:
 * the manifest names the content-script loader, the worker loader and the popup page; from
 * there static imports are followed file by file. Dynamic `import()` targets (and what only they
 * import) are counted apart: they load only on a recognized page.
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
  /** loader + entry + its static imports: what every frame of every Salesforce page loads */
  content: PartSize;
  /** everything loaded by `import()` once a page is recognized */
  contentLazy: PartSize;
  /** the overlay: the `import()` target(s) named mount*, with what only they import (Preact) */
  overlay: PartSize;
  /** each other `import()` target (a recognizer's code), with what only it adds to the entry */
  lazyByTarget: Record<string, PartSize>;
  worker: PartSize;
  popup: PartSize;
}

const STATIC = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?(["'`])(\.{1,2}\/[^"'`]+?\.js)\1/g;
const DYNAMIC = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1\s*\)/g;
/** crxjs loaders: chrome.runtime.getURL("assets/…js"), relative to the extension root */
const GET_URL = /getURL\(\s*(["'`])([^"'`]+?\.js)\1\s*\)/g;
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

  /** Files loaded eagerly from `roots`; dynamic import targets collected into `lazy`. */
  const closure = (roots: string[], lazy?: Set<string>): Set<string> => {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const file = queue.shift() as string;
      if (seen.has(file) || !existsSync(join(dist, file))) continue;
      seen.add(file);
      if (!file.endsWith('.js')) continue;
      const source = read(file);
      for (const m of source.matchAll(STATIC)) queue.push(resolveFrom(file, m[2] ?? ''));
      for (const m of source.matchAll(GET_URL)) queue.push(normalize(m[2] ?? ''));
      if (lazy) for (const m of source.matchAll(DYNAMIC)) lazy.add(resolveFrom(file, m[2] ?? ''));
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

  const lazyRoots = new Set<string>();
  const content = closure(
    (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    lazyRoots,
  );
  const lazy = [...closure([...lazyRoots])].filter((f) => !content.has(f));
  const lazyPart = (root: string) => [...closure([root])].filter((f) => !content.has(f));
  const isOverlay = (root: string) => /(?:^|\/)mount[-.]/.test(root);
  const overlay = new Set([...lazyRoots].filter(isOverlay).flatMap(lazyPart));
  const lazyByTarget = Object.fromEntries(
    [...lazyRoots]
      .filter((root) => !isOverlay(root))
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
    contentLazy: part(lazy),
    overlay: part(overlay),
    lazyByTarget,
    worker: part(worker),
    popup: part(popup),
  };
}

/** Paths shown relative to the build folder. */
export const shortName = (dist: string, file: string) => relative(dist, join(dist, file));
