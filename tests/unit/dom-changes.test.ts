// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  addedElements,
  changedText,
  type DomChanges,
  EVERYTHING,
  matchingIn,
} from '../../src/content/dom/changes';
import { labelFold } from '../../src/content/dom/find';
import { createWatcher } from '../../src/content/dom/watch';
import { outcomeIn } from '../../src/content/read/install-page';

/** Runs `change`, then resolves with what the shared watcher handed its callback. */
async function recordsOf(change: () => void): Promise<DomChanges> {
  const records: MutationRecord[] = [];
  const controller = new AbortController();
  createWatcher(document.body, controller.signal)((changes) => records.push(...changes.records));
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  controller.abort();
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
  it('added elements still in the page, and the text added (not text edited in place)', async () => {
    document.body.append(html('<div id="list"><p id="text">old</p></div><ul id="other"></ul>'));
    const list = document.getElementById('list') as HTMLElement;
    const text = document.getElementById('text')?.firstChild as Text;
    const changes = await recordsOf(() => {
      const row = document.createElement('section');
      row.id = 'row';
      row.textContent = 'a row';
      list.append(row);
      text.data = 'edited';
      list.append('loose text');
      const gone = document.createElement('i');
      gone.textContent = 'gone';
      document.getElementById('other')?.append(gone);
      gone.remove(); // added, then removed: not in the page
    });
    expect(addedElements(changes).map((e) => e.id)).toEqual(['row']);
    expect(changedText(document, changes).split('\n').sort()).toEqual(['a row', 'loose text']);
    expect(changedText(document, EVERYTHING)).toContain('edited');
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
});

describe('the install outcome, looked for where the page changed', () => {
  it('finds a shown message in what was added, and ignores text elsewhere', async () => {
    document.body.append(html('<div id="status"></div><div id="noise"></div>'));
    const noise = await recordsOf(() =>
      document.getElementById('noise')?.append(html('<p>Installing and granting access…</p>')),
    );
    expect(outcomeIn(document, labelFold(changedText(document, noise)))).toBeNull();
    const done = await recordsOf(() =>
      document.getElementById('status')?.append(html('<h2>Installation Complete!</h2>')),
    );
    expect(outcomeIn(document, labelFold(changedText(document, done)))).toEqual({
      stage: 'submitted',
    });
  });

  it('says "not shown" for a hidden message, so the caller keeps looking', async () => {
    const changes = await recordsOf(() =>
      document.body.append(html('<div hidden><h2>Installation failed</h2></div>')),
    );
    expect(outcomeIn(document, labelFold(changedText(document, changes)))).toBe('not-shown');
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
