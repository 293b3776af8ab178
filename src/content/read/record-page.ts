/**
 * Reading a Lightning record page (docs/salesforce/record-pages.md): the object API name from
 * the URL (`/lightning/r/<ObjectApiName>/<id>/view`; it tells Billing's `blng__Payment__c` from a
 * standard `Payment` with the same label), the actions of the highlights panel's bar and of its
 * overflow menu when the admin has opened it, and each related list's buttons. Structure from
 * Salesforce's page objects: `records-highlights2` → `runtime_platform_actions-actions-ribbon` →
 * `runtime_platform_actions-action-renderer[title]`, overflow `lightning-button-menu`, related
 * lists `lst-related-list-single-container`. A content script sees LWC's synthetic shadow as
 * plain children. Pure: a root in, data out; it never opens a menu.
 */
import { clip, LIMITS } from '../../core/limits';
import { buttonName, foldSpaces, isShown } from '../dom/find';

export interface RecordAddress {
  object: string;
  id: string;
}

export interface ActionBar {
  /** actions shown in the bar, in page order */
  bar: string[];
  /** the overflow menu's actions when it is open; null when there is none or it is closed */
  menu: string[] | null;
  /** an overflow menu is there (open or not): a closed one may hide more actions */
  overflow: boolean;
}

export interface RelatedList {
  title: string;
  buttons: ActionBar;
}

export interface RecordPageView extends RecordAddress {
  /** the object label the highlights panel shows above the record's name, if any */
  label: string | null;
  /** null: no action bar found in the highlights panel (markup changed, or still loading) */
  actions: ActionBar | null;
  relatedLists: RelatedList[];
}

const RECORD_PATH = /^\/lightning\/r\/([A-Za-z][A-Za-z0-9_]*)\/([A-Za-z0-9]{15,18})\/view\/?$/;

export function recordAddress(url: URL): RecordAddress | null {
  const m = RECORD_PATH.exec(url.pathname);
  return m ? { object: m[1] as string, id: m[2] as string } : null;
}

// Tag names with `_` are looked up by tag: some DOM implementations refuse them in selectors.
const byTag = (root: ParentNode, tag: string): Element[] => [
  ...(root as Element | Document).getElementsByTagName(tag),
];
const RIBBON = 'runtime_platform_actions-actions-ribbon';
const RENDERER = 'runtime_platform_actions-action-renderer';

function within(el: Element, localName: string): boolean {
  for (let node = el.parentElement; node; node = node.parentElement)
    if (node.localName === localName) return true;
  return false;
}

function actionName(renderer: Element): string {
  const title = renderer.getAttribute('title');
  const button = renderer.querySelector('button, a, [role="menuitem"]');
  return clip(
    foldSpaces(title || (button ? buttonName(button) : renderer.textContent)),
    LIMITS.name,
  );
}

function readRibbon(ribbon: Element): ActionBar {
  const menus = [...ribbon.getElementsByTagName('lightning-button-menu')];
  const bar: string[] = [];
  for (const renderer of byTag(ribbon, RENDERER)) {
    if (within(renderer, 'lightning-button-menu') || !isShown(renderer)) continue;
    const name = actionName(renderer);
    if (name) bar.push(name);
  }
  let menu: string[] | null = null;
  for (const m of menus) {
    const items = [...m.querySelectorAll('[role="menuitem"]')].filter(isShown);
    if (items.length === 0) continue;
    menu ??= [];
    for (const item of items) {
      const renderer = byTag(m, RENDERER).find((r) => r.contains(item));
      const name = renderer
        ? actionName(renderer)
        : clip(foldSpaces(item.textContent), LIMITS.name);
      if (name) menu.push(name);
    }
  }
  return { bar, menu, overflow: menus.length > 0 };
}

/** The highlights panel's action bar; null when none is found. */
export function readActionBar(root: ParentNode): ActionBar | null {
  for (const panel of byTag(root, 'records-highlights2')) {
    const ribbon = byTag(panel, RIBBON)[0];
    if (ribbon) return readRibbon(ribbon);
  }
  return null;
}

function listTitle(container: Element): string {
  const heading = container.querySelector('h2');
  const named = heading?.querySelector('[title]')?.getAttribute('title');
  const text = named || foldSpaces(heading?.textContent).replace(/\s*\(\d+\+?\)$/, '');
  return clip(foldSpaces(text), LIMITS.name);
}

export function readRelatedLists(root: ParentNode): RelatedList[] {
  return byTag(root, 'lst-related-list-single-container').flatMap((container) => {
    const ribbon = byTag(container, RIBBON)[0];
    const title = listTitle(container);
    if (!title) return [];
    return [
      { title, buttons: ribbon ? readRibbon(ribbon) : { bar: [], menu: null, overflow: false } },
    ];
  });
}

/** A record page's object, label, actions and related lists; null when the URL is no record page. */
export function readRecordPage(root: Document, url: URL): RecordPageView | null {
  const address = recordAddress(url);
  if (!address) return null;
  const panel = byTag(root, 'records-highlights2')[0];
  const label = panel?.querySelector('.entityNameTitle')?.textContent;
  return {
    ...address,
    label: label ? clip(foldSpaces(label), LIMITS.name) : null,
    actions: readActionBar(root),
    relatedLists: readRelatedLists(root),
  };
}
