import { crx } from '@crxjs/vite-plugin';
import MagicString from 'magic-string';
import { parseSync, Visitor } from 'rolldown/utils';
import { defineConfig, type Plugin } from 'vite';
import { builtManifest } from './src/manifest';

/**
 * The content script runs in Salesforce's pages, the worker and the popup in the extension's
 * own: they never share a module instance, only (by default) chunk files, and a chunk shared with
 * the worker or popup cannot be merged with content code without them loading it too. So what the
 * content script imports from outside src/content is given its own module id (`?content`): its
 * own copy, which the groups below pack into few files per page.
 */
const CONTENT = '?content';
const SCRIPT = /^\/.*\.[cm]?[jt]sx?$/;
const isContent = (id: string) => id.includes('/src/content/') || id.endsWith(CONTENT);

function contentOwnModules(): Plugin {
  return {
    name: 'content-own-modules',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (!importer || !isContent(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Only script files: a data file (JSON) keeps its type, which Vite reads off the extension.
      if (!resolved || resolved.external || isContent(resolved.id) || !SCRIPT.test(resolved.id))
        return resolved;
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
 * Content chunks, so a recognized page loads few files (each costs gzip overhead and loses the
 * shared dictionary): the entry (URL predicates: every frame), the overlay (rings, placement and
 * the panel's frame; the panel renders in the extension's page), a small core
 * (texts and the install plan: the launcher and every recognizer), the reading code every
 * recognizer but the launcher uses, then each recognizer's own code. The Setup shell, the most
 * visited page, loads entry + core + launcher, and the overlay only when it shows something.
 */
const CONTENT_GROUPS: ReadonlyArray<[name: string, test: RegExp]> = [
  ['core', /\/src\/(?:ui\/t|core\/i18n|core\/plan)\.ts\?content$/],
  [
    'reading',
    /\/src\/(?:content\/(?:dom\/(?:find|changes)|diagnostic)\.ts|core\/(?:packages|guards|limits)\.ts\?content)$/,
  ],
  // Setup's label texts and form filling: the Salesforce pages, not the Quote-to-Cash site.
  ['setup-forms', /\/src\/content\/(?:labels|actions\/fill)\.ts$/],
];

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
          groups: CONTENT_GROUPS.map(([name, test], i) => ({
            name,
            test,
            priority: CONTENT_GROUPS.length - i,
          })),
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
});
