import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

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
 * Content chunks, so a recognized page loads few files (each costs gzip overhead and loses the
 * shared dictionary): the entry (URL predicates: every frame), the overlay (Preact), a small core
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
  plugins: [contentOwnModules(), crx({ manifest })],
  build: {
    target: 'chrome120',
    // Readable stack traces in an admin's bug report matter more than a few KB.
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
