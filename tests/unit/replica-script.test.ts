/**
 * `npm run replica`: a snapshot becomes replica pages, an index, and a scaffolded test that
 * asserts the recorded outcome and leaves the new case to fill in (never a test that passes on
 * nothing). The pages are checked where they are served: tests/e2e/snapshot-round-trip.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replicaName, scaffoldTest, writeReplica } from '../../scripts/replica';
import type { PageSnapshot } from '../../src/core/snapshot';
import { replicaFrameFor, replicaFromSnapshot } from '../support/snapshot-replica';

const snapshot: PageSnapshot = {
  kind: 'sf-install-guide-page-snapshot',
  version: 1,
  extension: '0.1.0',
  takenAt: '2026-11-29T05:59:11.857Z',
  unanswered: 0,
  frames: [
    {
      url: 'https://mydomain.my.salesforce.com/packaging/installPackage.apexp?p0=04t000000000000000',
      top: true,
      lang: 'en',
      guide: {
        recognized: ['install-page'],
        cards: ['not-found'],
        notFound: [{ recognizer: 'install-page', what: 'x', missing: ['option "Install"'] }],
      },
      childFrames: 0,
      truncated: false,
      tree: {
        tag: 'html',
        children: [
          {
            tag: 'body',
            children: [
              { tag: 'input', attrs: { type: 'radio', id: 'o1' }, state: { checked: true } },
              { tag: 'label', attrs: { for: 'o1' }, children: ['A <b>'] },
              { tag: 'input', attrs: { type: 'text' }, state: { value: 'Xxx', disabled: true } },
              { tag: 'div', state: { hidden: true }, shadow: [{ tag: 'span' }] },
            ],
          },
        ],
      },
    },
  ],
};

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run replica', () => {
  it('names a replica after the page and the day', () => {
    expect(replicaName(snapshot)).toBe('packaging-installpackage-2026-11-29');
  });

  it('renders states, hidden elements, shadow roots, and page text as text', () => {
    const [frame] = replicaFromSnapshot(snapshot, 'x').frames;
    expect(frame?.html).toContain('<input type="radio" id="o1" checked>');
    expect(frame?.html).toContain('<input type="text" disabled value="Xxx">');
    expect(frame?.html).toContain('<label for="o1">A &lt;b&gt;</label>');
    expect(frame?.html).toContain(
      '<div style="display: none"><template shadowrootmode="open"><span></span></template></div>',
    );
  });

  it('serves a frame at its URL shape: any id of the same object, not another path', () => {
    const replica = replicaFromSnapshot(snapshot, 'x');
    expect(
      replicaFrameFor(
        replica,
        'mydomain.my.salesforce.com',
        '/packaging/installPackage.apexp?p0=1',
      ),
    ).not.toBeNull();
    expect(
      replicaFrameFor(replica, 'acme.my.salesforce.com', '/packaging/installPackage.apexp'),
    ).toBeNull();
    expect(replicaFrameFor(replica, 'mydomain.my.salesforce.com', '/0A3')).toBeNull();
  });

  it('writes the pages, the index and a scaffolded test with a todo and the recorded outcome', () => {
    dir = mkdtempSync(join(tmpdir(), 'replica-'));
    const dirs = { fixtures: join(dir, 'fixtures'), tests: join(dir, 'tests') };
    const written = writeReplica(snapshot, 'case-one', dirs);
    const index = JSON.parse(readFileSync(join(written.fixture, 'replica.json'), 'utf8'));
    expect(index.frames).toEqual([
      expect.objectContaining({ url: snapshot.frames[0]?.url, file: 'frame-0.html' }),
    ]);
    const test = readFileSync(written.test, 'utf8');
    expect(test).toContain("it.todo('what the guide should do on this page')");
    expect(test).toContain('expect(guideOutcome(snapshot)).toEqual(recorded)');
    expect(test).toContain('could not find (install-page): option "Install"');
    expect(scaffoldTest('case-one', snapshot)).toContain('const NAME = "case-one"');
    expect(() => writeReplica(snapshot, 'case-one', dirs)).toThrow(/exists already/);
  });
});
