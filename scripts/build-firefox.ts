/**
 * `npm run build:firefox`: the extension for Firefox (MV3) in dist-firefox/.
 *
 * The same Vite config and the same code as the Chrome build (`vite build`, into another
 * folder), then the built manifest is rewritten for Firefox (scripts/firefox-manifest.ts says
 * what changes and why). `--out DIR` builds elsewhere; `--no-build` only rewrites the manifest of
 * a Chrome build already in DIR.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { type BuiltManifest, toFirefoxManifest } from './firefox-manifest';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist-firefox' },
    'no-build': { type: 'boolean', default: false },
  },
});
const out = resolve(root, values.out);

if (!values['no-build']) {
  await build({ root, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
}

const file = join(out, 'manifest.json');
if (!existsSync(file)) {
  console.error(`build-firefox: ${relative(root, file)} not found.`);
  process.exit(1);
}
const built = JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
if (built.browser_specific_settings) {
  console.error(
    `build-firefox: ${relative(root, file)} is already a Firefox manifest: rebuild (drop --no-build).`,
  );
  process.exit(1);
}
writeFileSync(file, `${JSON.stringify(toFirefoxManifest(built), null, 2)}\n`);
// Vite's own build manifest (crxjs turns it on): not part of the extension.
rmSync(join(out, '.vite'), { recursive: true, force: true });

console.log(`${relative(root, out)}/: Firefox MV3 build (manifest rewritten for Firefox)`);
