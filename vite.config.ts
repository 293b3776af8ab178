import { crx } from '@crxjs/vite-plugin';
import MagicString from 'magic-string';
import type { ChunkingContext } from 'rolldown';
import { parseSync, Visitor } from 'rolldown/utils';
import { defineConfig, type Plugin } from 'vite';
import { PAGE_URLS } from './src/core/pages';
import { builtManifest } from './src/manifest';

/**
 * The content script runs in Salesforce's pages, the worker and the popup in the extension's
 * own: they never share a module instance, only (by default) chunk files, and a chunk shared with
 * the worker or popup cannot be merged with content code without them loading it too. So what the
 * content script imports from outside src/content is given its own module id (`?content`): its
 * own copy, which the groups below pack into few files per page.
 */
const CONTENT = '?content';
/**
 * The content entry (src/content/index.ts) is the first stage, a classic script: it may share no
 * module with the second stage, or the build would make it import a shared chunk (and crxjs wrap
 * it in a module loader). What it imports gets a third copy of its own (`?first`).
 */
const FIRST = '?first';
const FIRST_STAGE = '/src/content/index.ts';
const SCRIPT = /^\/.*\.[cm]?[jt]sx?$/;
const isFirst = (id: string) => id.endsWith(FIRST) || id.endsWith(FIRST_STAGE);
const isContent = (id: string) =>
  id.includes('/src/content/') || id.endsWith(CONTENT) || id.endsWith(FIRST);

function contentOwnModules(): Plugin {
  return {
    name: 'content-own-modules',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (!importer || !isContent(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Only script files: a data file (JSON) keeps its type, which Vite reads off the extension.
      if (!resolved || resolved.external || !SCRIPT.test(resolved.id)) return resolved;
      // The first stage's src/core modules; the second stage it names (crxjs `?script`) is not
      // imported but emitted as an entry of its own (tests/e2e/content-chunks.test.ts checks the
      // built first stage imports nothing).
      if (isFirst(importer) && resolved.id.includes('/src/core/'))
        return { ...resolved, id: resolved.id + FIRST };
      if (isContent(resolved.id)) return resolved;
      return { ...resolved, id: resolved.id + CONTENT };
    },
  };
}

/**
 * Vite wraps each `import()` in a preload helper that may add `<link>` tags to the document (here,
 * Salesforce's) and costs ~0.7 KB gzip in the entry every frame loads. Content chunks preload
 * nothing (`modulePreload: false`) and import no CSS (the overlay's is inlined), so their
 * imports are left plain and the minifier drops the unused helper.
 */
function plainContentImports(): Plugin {
  const HELPER = '__vitePreload';
  return {
    name: 'plain-content-imports',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some(isContent) || !code.includes(`${HELPER}(`)) return null;
      const s = new MagicString(code);
      new Visitor({
        CallExpression(call) {
          const [load, deps] = call.arguments;
          if (
            call.callee.type === 'Identifier' &&
            call.callee.name === HELPER &&
            load?.type === 'ArrowFunctionExpression' &&
            load.expression &&
            deps?.type === 'Identifier' &&
            deps.name === '__VITE_PRELOAD__'
          ) {
            s.overwrite(call.start, call.end, code.slice(load.body.start, load.body.end));
          }
        },
      }).visit(parseSync(chunk.fileName, code).program);
      return { code: s.toString(), map: s.generateMap({ hires: 'boundary' }) };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.moduleIds.some(isContent)) continue;
        if (file.code.includes(HELPER) || (file.viteMetadata?.importedCss.size ?? 0) > 0)
          this.error(`${file.fileName}: a content chunk needs Vite's preload helper (CSS?)`);
      }
    },
  };
}

/**
 * Content chunks by who loads them, never by file name. A module loaded by the features of one
 * page goes into that page's chunk (named after its page id); one loaded by every page's features
 * into `common` (the texts and the plan: all the Setup shell's launcher needs); one loaded by
 * several pages but not all into the chunk of exactly those pages when they share at least
 * PAGE_SET_MIN_BYTES, or else into `shared`. What the entry imports statically stays in the
 * entry; what only the overlay, the snapshot code or a label table loads, in their own chunks.
 * Page ids come from the feature file names (src/content/features/<page-id>[.<concern>].ts), as
 * the content entry reads them.
 */
function contentChunk(id: string, ctx: ChunkingContext): string | null {
  const pages = loadingPages(id, ctx);
  if (!pages) return null;
  if (pages.length === 1) return pages[0] ?? null;
  return pages.length === PAGE_COUNT ? 'common' : 'shared';
}

/** The chunk of exactly the pages that load a module, when that is worth a file of its own. */
function pageSetChunk(id: string, ctx: ChunkingContext): string | null {
  const pages = loadingPages(id, ctx);
  if (!pages || pages.length < 2 || pages.length === PAGE_COUNT) return null;
  // Named by the pages' places in PAGE_URLS (`shared-0125`): short, and one name per set.
  return `shared-${pages
    .map((page) => PAGE_IDS.indexOf(page))
    .sort()
    .join('')}`;
}

/** The page ids whose features load `id`; null when the entry or anything but features loads it. */
function loadingPages(id: string, ctx: ChunkingContext): string[] | null {
  if (!isContent(id)) return null;
  const loaders = whoLoads(id, ctx, new Map());
  if (loaders === 'entry' || loaders.size === 0) return null;
  const pages = [...loaders].flatMap((root) => (root.startsWith('page:') ? [root.slice(5)] : []));
  // The overlay (or the snapshot code) must not load a page's chunk: their own chunks, then.
  if (pages.length === 1 && loaders.size > 1) return null;
  return pages.length > 0 ? pages.sort() : null;
}

/**
 * A set of pages sharing less code than this shares the `shared` chunk instead (bytes, minified).
 * 0: with twenty pages, a catch-all chunk every page loads cost each page 1–2 KB gzip more than
 * one small chunk per set of pages (measured by tests/e2e/size.test.ts's figures).
 */
const PAGE_SET_MIN_BYTES = 0;
const PAGE_IDS = Object.keys(PAGE_URLS);
const PAGE_COUNT = PAGE_IDS.length;
const FEATURE_DIR = '/src/content/features/';
const pageOfFeature = (id: string) =>
  id.includes(FEATURE_DIR) ? id.slice(id.lastIndexOf('/') + 1).split('.')[0] : undefined;

/** The `import()` targets whose static imports reach `id` (as `page:<id>` for a feature), or 'entry'. */
function whoLoads(
  id: string,
  ctx: ChunkingContext,
  seen: Map<string, Set<string> | 'entry'>,
): Set<string> | 'entry' {
  const known = seen.get(id);
  if (known) return known;
  const roots = new Set<string>();
  seen.set(id, roots);
  const info = ctx.getModuleInfo(id);
  if (!info || info.isEntry) return 'entry';
  if (info.dynamicImporters.length > 0) {
    const page = pageOfFeature(id);
    roots.add(page ? `page:${page}` : id);
  }
  for (const importer of info.importers) {
    const above = whoLoads(importer, ctx, seen);
    if (above === 'entry') {
      seen.set(id, 'entry');
      return 'entry';
    }
    for (const root of above) roots.add(root);
  }
  return roots;
}

export default defineConfig({
  plugins: [contentOwnModules(), plainContentImports(), crx({ manifest: builtManifest() })],
  build: {
    target: 'chrome120',
    // No source maps in the package; `npm run bench` builds its own, hidden, to name hotspots.
    sourcemap: false,
    emptyOutDir: true,
    modulePreload: false,
    rolldownOptions: {
      // The overlay page is framed in Salesforce's pages (web_accessible_resources), not named
      // by the manifest as a page crxjs would build: it is an input of its own.
      input: { overlay: 'src/overlay/index.html' },
      preserveEntrySignatures: 'allow-extension',
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: pageSetChunk, minSize: PAGE_SET_MIN_BYTES, priority: 2 },
            { name: contentChunk, priority: 1 },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
});
