import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageIdOf } from '../../src/content/boot';
import { PAGE_URLS, TOP_FRAME_ONLY } from '../../src/core/pages';

const FEATURES = join(import.meta.dirname, '../../src/content/features');
const files = readdirSync(FEATURES).filter((name) => name.endsWith('.ts'));
const pageIds = Object.keys(PAGE_URLS);

describe('page features (src/content/features/<page-id>[.<concern>].ts)', () => {
  it('finds the feature files', () => {
    expect(files.length).toBeGreaterThanOrEqual(pageIds.length);
  });

  it.each(files)('%s names a known page id', (file) => {
    expect(pageIds).toContain(pageIdOf(`./features/${file}`));
  });

  it.each(pageIds)('%s has at least one feature', (id) => {
    expect(files.filter((file) => pageIdOf(`./features/${file}`) === id)).not.toEqual([]);
  });

  it('the top-frame-only pages are known page ids', () => {
    for (const id of TOP_FRAME_ONLY) expect(pageIds).toContain(id);
  });

  it('reads the page id up to the first dot', () => {
    expect(pageIdOf('./features/install-page.grant-access.ts')).toBe('install-page');
    expect(pageIdOf('./features/setup-shell.ts')).toBe('setup-shell');
  });
});
