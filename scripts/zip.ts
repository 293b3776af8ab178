/**
 * `npm run zip`: dist/ as a versioned zip for the Chrome Web Store
 * (release/sf-billing-install-guide-<version>.zip). The manifest's version must equal
 * package.json's: the store rejects an upload whose version did not go up.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.SFIG_DIST ?? join(root, 'dist'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
if (manifest.version !== pkg.version) {
  console.error(
    `zip: dist/manifest.json is ${manifest.version}, package.json ${pkg.version}: rebuild (npm run build) or align the versions.`,
  );
  process.exit(1);
}

const files: Record<string, Uint8Array> = {};
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.endsWith('.map') && name !== '.vite')
      files[relative(dist, path)] = readFileSync(path);
  }
};
walk(dist);
delete files['.vite/manifest.json'];

const out = join(root, 'release');
mkdirSync(out, { recursive: true });
const file = join(out, `${pkg.name}-${pkg.version}.zip`);
writeFileSync(file, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(
  `${relative(root, file)}: ${Object.keys(files).length} files, ${statSync(file).size} bytes`,
);
