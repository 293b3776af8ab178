// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  changedRoots,
  changedWithin,
  type DomChanges,
  EVERYTHING,
  matchingIn,
} from '../../src/content/dom/changes';
import { createWatcher } from '../../src/content/dom/watch';
import { outcomeIn } from '../../src/content/pages/install-page.read';

/** Runs `change`, then resolves with the records a MutationObserver on <body> was handed. */
async function recordsOf(change: () => void): Promise<DomChanges> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return { all: false, records };
}

const html = (markup: string) => {
  const template = document.createElement('template');
  template.innerHTML = markup; // test fixture text, not page text
  return template.content;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('what changed', () => {
  it('roots: added elements and the parents of edited text, without nested ones', async () => {
    document.body.append(html('<div id="list"><p id="text">old</p></div><ul id="other"></ul>'));
    const list = document.getElementById('list') as HTMLElement;
    const text = document.getElementById('text')?.firstChild as Text;
    const changes = await recordsOf(() => {
      const row = document.createElement('section');
      row.id = 'row';
      list.append(row);
      row.append(document.createElement('span')); // inside an added root: not a root itself
      text.data = 'new';
      const gone = document.createElement('i');
      document.getElementById('other')?.append(gone);
      gone.remove(); // added, then removed: not in the page, not a root
    });
    expect(changedRoots(changes).map((e) => e.id)).toEqual(['row', 'text']);
  });

  it('matching: searches the whole document on the first look, then only what was added', async () => {
    document.body.append(html('<form><input type="checkbox" id="old"></form><div id="box"></div>'));
    expect(matchingIn(document, EVERYTHING, 'input[type="checkbox"]').map((e) => e.id)).toEqual([
      'old',
    ]);
    const changes = await recordsOf(() => {
      document
        .getElementById('box')
        ?.append(html('<label><input type="checkbox" id="new"></label>'));
      document.body.append(html('<input type="checkbox" id="direct">'));
    });
    expect(matchingIn(document, changes, 'input[type="checkbox"]').map((e) => e.id)).toEqual([
      'new',
      'direct',
    ]);
    const elsewhere = await recordsOf(() => document.body.append(html('<p>no inputs</p>')));
    expect(matchingIn(document, elsewhere, 'input')).toEqual([]);
  });

  it('within: a change inside the element, or the element leaving the page', async () => {
    document.body.append(html('<table id="t"><tbody id="b"></tbody></table><div id="d"></div>'));
    const table = document.getElementById('t') as HTMLElement;
    const inside = await recordsOf(() =>
      document.getElementById('b')?.append(document.createElement('tr')),
    );
    const outside = await recordsOf(() =>
      document.getElementById('d')?.append(document.createElement('p')),
    );
    expect(changedWithin(inside, table)).toBe(true);
    expect(changedWithin(outside, table)).toBe(false);
    expect(changedWithin(EVERYTHING, table)).toBe(true);
    table.remove();
    expect(changedWithin(outside, table)).toBe(true);
  });
});

describe('the install outcome, looked for where the page changed', () => {
  it('finds a shown message in what was added, and ignores text elsewhere', async () => {
    document.body.append(html('<div id="status"></div><div id="noise"></div>'));
    const noise = await recordsOf(() =>
      document.getElementById('noise')?.append(html('<p>Installing and granting access…</p>')),
    );
    expect(outcomeIn(document, changedRoots(noise))).toBeNull();
    const done = await recordsOf(() =>
      document.getElementById('status')?.append(html('<h2>Installation Complete!</h2>')),
    );
    expect(outcomeIn(document, changedRoots(done))).toEqual({ stage: 'submitted' });
  });

  it('says "not shown" for a hidden message, so the caller keeps looking', async () => {
    const changes = await recordsOf(() =>
      document.body.append(html('<div hidden><h2>Installation failed</h2></div>')),
    );
    expect(outcomeIn(document, changedRoots(changes))).toBe('not-shown');
  });
});

describe('the shared watcher', () => {
  it('hands each callback the records since its last call', async () => {
    const controller = new AbortController();
    const watch = createWatcher(document.body, controller.signal);
    const seen: DomChanges[] = [];
    watch((changes) => seen.push(changes));
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.all).toBe(false);
    expect(seen[0]?.records.flatMap((r) => [...r.addedNodes]).map((n) => n.nodeName)).toEqual([
      'P',
    ]);
  });
});
