/**
 * Builds the extension into dist-bench/ for the bench (never dist/, so a bench run never disturbs
 * e2e tests reading it). Hidden source maps: the built files are byte for byte what a release
 * build ships (no sourceMappingURL comment); the maps beside them let a profile name src/ lines.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const BENCH_ROOT = join(import.meta.dirname, '..');
export const BENCH_DIST = join(BENCH_ROOT, 'dist-bench');

export function buildBench(): void {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', 'dist-bench', '--sourcemap', 'hidden'],
    { cwd: BENCH_ROOT, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);
}
