/**
 * `npm run bench:heap -- [packages|install|list|URL]`: where the extension's heap goes on one
 * first load. Builds into dist-bench/ (as `npm run bench` does), takes a heap snapshot of the
 * page's renderer (all worlds) after a forced GC with the built extension and with the floor (a
 * content script that does nothing; bench/load.ts), and prints the kinds of heap node whose total
 * self size differs most. A maintainer's tool for the first load (README, "First load").
 */
import { rmSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { CPQ_ID } from '../tests/fixtures/salesforce/catalog';
import { startReplicaServer } from '../tests/support/replica-server';
import { BENCH_DIST, buildBench } from './build';
import { launchBench } from './launch';
import { writeFloorExtension } from './load';

const DIST = BENCH_DIST;
const URLS: Record<string, string> = {
  packages: 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
  install: `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
  list: 'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
};
const url = URLS[process.argv[2] ?? 'packages'] ?? process.argv[2] ?? '';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

async function snapshotOf(page: Page): Promise<Map<string, { count: number; size: number }>> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const at = (f: string) => fields.indexOf(f);
  const [iType, iName, iSize] = [at('type'), at('name'), at('self_size')];
  const byKind = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType] as number] ?? '?';
    let name = snap.strings[snap.nodes[i + iName] as number] ?? '';
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
      name = '(strings)';
    else if (type === 'code') name = name.replace(/\d+/g, '#').slice(0, 40);
    else name = name.slice(0, 50);
    const key = `${type} ${name}`;
    const e = byKind.get(key) ?? { count: 0, size: 0 };
    e.count++;
    e.size += snap.nodes[i + iSize] as number;
    byKind.set(key, e);
  }
  return byKind;
}

buildBench();
const server = await startReplicaServer();
const floorDir = writeFloorExtension(DIST);
const totals: Record<string, Map<string, { count: number; size: number }>> = {};
try {
  for (const [arm, dir] of [
    ['with', DIST],
    ['floor', floorDir],
  ] as const) {
    const b = await launchBench({
      label: arm,
      resolverRules: server.resolverRules,
      extensionDir: dir,
    });
    try {
      // One warm-up load, then the measured one.
      for (let i = 0; i < 2; i++) {
        const page = await b.browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await new Promise((r) => setTimeout(r, 2500));
        if (i === 1) totals[arm] = await snapshotOf(page);
        await page.close();
      }
    } finally {
      await b.close();
    }
  }
} finally {
  await server.close();
  rmSync(floorDir, { recursive: true, force: true });
}
const withExt = totals.with ?? new Map();
const floor = totals.floor ?? new Map();
const keys = new Set([...withExt.keys(), ...floor.keys()]);
const rows = [...keys].map((k) => {
  const a = withExt.get(k) ?? { count: 0, size: 0 };
  const b = floor.get(k) ?? { count: 0, size: 0 };
  return { k, dSize: a.size - b.size, dCount: a.count - b.count };
});
const sum = (m: Map<string, { size: number }>) => [...m.values()].reduce((s, e) => s + e.size, 0);
console.log(
  `with ${Math.round(sum(withExt) / 1024)} KB, floor ${Math.round(sum(floor) / 1024)} KB`,
);
const byType = new Map<string, number>();
for (const r of rows) {
  const t = r.k.split(' ')[0] ?? '';
  byType.set(t, (byType.get(t) ?? 0) + r.dSize);
}
console.log('by type:', [...byType].map(([t, s]) => `${t} ${Math.round(s / 1024)} KB`).join(', '));
for (const r of rows.sort((a, b) => b.dSize - a.dSize).slice(0, 45))
  console.log(
    `${String(Math.round(r.dSize / 102.4) / 10).padStart(7)} KB  ${String(r.dCount).padStart(6)}  ${r.k}`,
  );
