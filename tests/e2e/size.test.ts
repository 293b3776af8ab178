import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_BUDGET_KB,
  LABEL_TABLE_BUDGET_KB,
  PAGE_BUDGET_KB,
  PAGES_OVER_BUDGET_KB,
} from '../../bench/budgets';
import { measureSizes } from '../../bench/size';
import { PAGE_URLS, type PageId } from '../../src/core/pages';

// Reads the build `npm run test:e2e` makes first (`npm run build`); fast, no browser.
const sizes = measureSizes('dist');
const kb = (bytes: number) => bytes / 1024;
/** `assets/install-page-Ab12_xY9.js` → `install-page` (chunks are named by page id, vite.config.ts). */
const pageOf = (file: string) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');

describe('bundle sizes (gzip) within their budgets (bench/budgets.ts)', () => {
  it('measures a build', () => {
    expect(existsSync('dist/manifest.json')).toBe(true);
    expect(sizes.content.files.length).toBeGreaterThan(0);
  });

  it('each page loads its features from one chunk named by its page id', () => {
    const pages = Object.keys(sizes.pageTotals).map(pageOf).sort();
    expect(pages).toEqual(Object.keys(PAGE_URLS).sort());
  });

  it(`the content script in every frame: at most ${CONTENT_BUDGET_KB} KB`, () => {
    expect(kb(sizes.content.gzip)).toBeLessThanOrEqual(CONTENT_BUDGET_KB);
  });

  it.each(Object.entries(sizes.pageTotals).map(([file, size]) => [pageOf(file), size.gzip]))(
    '%s: all it loads within its budget',
    (page, gzip) => {
      const budget = PAGES_OVER_BUDGET_KB[page as PageId] ?? PAGE_BUDGET_KB;
      expect(kb(gzip)).toBeLessThanOrEqual(budget);
    },
  );

  it('a page over budget is listed only while it is over', () => {
    for (const [file, size] of Object.entries(sizes.pageTotals)) {
      if (PAGES_OVER_BUDGET_KB[pageOf(file) as PageId] !== undefined)
        expect(kb(size.gzip), pageOf(file)).toBeGreaterThan(PAGE_BUDGET_KB);
    }
  });

  it(`label tables: at most ${LABEL_TABLE_BUDGET_KB} KB each`, () => {
    expect(Object.keys(sizes.labelTables).length).toBeGreaterThan(0);
    for (const size of Object.values(sizes.labelTables))
      expect(kb(size.gzip)).toBeLessThanOrEqual(LABEL_TABLE_BUDGET_KB);
  });
});
