/**
 * Content scripts import the protocol's types only: zod validates in the worker, the panel frame
 * and the popup, and never ships into Salesforce's frames. Checked on the build itself: every
 * script a page's frame can load (the manifest's content scripts and the web-accessible chunks
 * they import) is free of zod, while the worker's bundle has it (so the check can fail).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  content_scripts: { js: string[] }[];
  web_accessible_resources: { resources: string[] }[];
  background: { service_worker: string };
};
/** Every zod schema object carries `_zod`; zod's own errors are ZodError. */
const ZOD = /\b_zod\b|ZodError/;
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** A script and every chunk it imports, statically or with import(), by file name. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, name] of read(file).matchAll(/["'`/]([\w.-]+\.js)["'`]/g)) {
      const next = `assets/${name}`;
      if (!seen.has(next) && exists(next)) queue.push(next);
    }
  }
  return seen;
}
const exists = (file: string) => {
  try {
    read(file);
    return true;
  } catch {
    return false;
  }
};

describe('what content scripts load', () => {
  it('has no zod in any chunk a Salesforce frame can load; the worker has it', () => {
    const content = new Set<string>();
    for (const script of manifest.content_scripts.flatMap((c) => c.js))
      for (const file of closure(script)) content.add(file);
    for (const file of manifest.web_accessible_resources.flatMap((w) => w.resources))
      if (file.endsWith('.js')) for (const chunk of closure(file)) content.add(chunk);
    const names = [...content].join(' ');
    expect(names).toMatch(/install-page/);
    expect(names).toMatch(/src-content-index/);
    expect([...content].filter((file) => ZOD.test(read(file)))).toEqual([]);

    const worker = closure(manifest.background.service_worker);
    expect([...worker].some((file) => ZOD.test(read(file)))).toBe(true);
  });
});
