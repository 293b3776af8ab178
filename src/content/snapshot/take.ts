/**
 * One frame's snapshot of itself: its element tree (open shadow roots included) with tag names,
 * roles, aria attributes, classes, ids with generated parts masked, control states, and
 * Salesforce's interface texts; record data replaced by same-shape placeholders as it is read
 * (src/core/redaction.ts rules), so nothing of it leaves this function. Never reaches into
 * another frame: a frame element is recorded with its masked URL, and its page answers itself.
 */
import { toPageUrl } from '../../core/pages';
import {
  ATTRIBUTE_RULES,
  IdentMasker,
  type KnownTexts,
  maskUrl,
  type RedactionContext,
  redactAttribute,
  redactionContext,
  redactText,
  shapeOf,
  type TextPosition,
} from '../../core/redaction';
import type {
  FrameSnapshot,
  GuideNotes,
  SnapshotChild,
  SnapshotElement,
} from '../../core/snapshot';
import { SNAPSHOT_LIMITS } from '../../core/snapshot-limits';
import { knownTexts } from './known-texts';

/** Elements whose content is never page structure (scripts, styles) or never ours to read. */
const SKIPPED = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'base']);
const CHOICE_TYPES = new Set(['checkbox', 'radio']);
const BUTTON_TYPES = new Set(['button', 'submit', 'reset', 'image']);
/** Classic detail pages: `td.labelCol` holds a field's label, `td.dataCol` its value. */
const LABEL_CLASS = /(?:^|\s)(?:labelCol|label|slds-form-element__label)(?:\s|$)/;
const DATA_CLASS = /(?:^|\s)(?:dataCol|data|slds-form-element__static)(?:\s|$)/;

interface Walk {
  ctx: RedactionContext;
  known: KnownTexts;
  masker: IdentMasker;
  elements: number;
  truncated: boolean;
  childFrames: number;
  base: string;
  overlayHost: Element | null;
}

export function takeFrameSnapshot(
  doc: Document,
  href: string,
  top: boolean,
  guide: GuideNotes,
  known: KnownTexts = knownTexts(),
  /** Our overlay's host in this frame, left out (its tag is random: src/content/overlay/mount.ts). */
  overlayHost: Element | null = null,
): FrameSnapshot {
  const ctx = redactionContext(href);
  const walk: Walk = {
    ctx,
    known,
    masker: new IdentMasker(ctx),
    elements: 0,
    truncated: false,
    childFrames: 0,
    base: href,
    overlayHost,
  };
  const tree = element(doc.documentElement, walk, 0, 'other') ?? { tag: 'html' };
  return {
    url: maskUrl(href, ctx),
    top,
    lang: /^[A-Za-z-]{0,20}$/.test(doc.documentElement.lang) ? doc.documentElement.lang : '',
    guide: {
      recognized: guide.recognized,
      cards: guide.cards,
      notFound: guide.notFound.map((entry) => ({
        recognizer: entry.recognizer,
        what: redactText(entry.what, 'label', known, ctx),
        missing: entry.missing.map((m) => redactText(m, 'label', known, ctx)),
      })),
    },
    childFrames: walk.childFrames,
    truncated: walk.truncated,
    tree,
  };
}

/** Where an element puts the texts inside it, from its own kind (null: decided further up). */
function positionOf(el: Element, walk: Walk): TextPosition | null {
  const tag = el.localName;
  const role = el.getAttribute('role');
  const cls = el.getAttribute('class') ?? '';
  if (role === 'columnheader') return 'label';
  if (role === 'cell' || role === 'gridcell' || role === 'rowheader') return 'data';
  if (tag === 'th') return headerCell(el) ? 'label' : 'data';
  if (tag === 'td') {
    if (LABEL_CLASS.test(cls)) return 'label';
    // Classic lays pages out in tables: only a list (a table with a header row) holds data cells.
    return listTable(el.closest('table')) ? 'data' : null;
  }
  if (tag === 'dd') return 'data';
  if (DATA_CLASS.test(cls)) return 'data';
  if (tag === 'a' && recordLink(el, walk)) return 'data';
  if (tag === 'option') return 'choice';
  if (
    tag === 'label' ||
    tag === 'legend' ||
    tag === 'caption' ||
    tag === 'dt' ||
    tag === 'button' ||
    tag === 'summary' ||
    role === 'button' ||
    role === 'tab' ||
    LABEL_CLASS.test(cls)
  ) {
    return 'label';
  }
  return null;
}

const lists = new WeakMap<Element, boolean>();

/** A table of records: a grid, or a table with a header row (Classic lists, Lightning tables). */
function listTable(table: Element | null): boolean {
  if (!table) return false;
  let list = lists.get(table);
  if (list === undefined) {
    const role = table.getAttribute('role');
    list =
      role === 'grid' ||
      role === 'treegrid' ||
      /(?:^|\s)list(?:\s|$)/.test(table.getAttribute('class') ?? '') ||
      table.querySelector(
        ':scope > thead th, :scope > tbody > tr:first-child > th[scope=col], :scope > tr:first-child > th[scope=col], :scope > tbody > tr:first-child > th + th',
      ) !== null;
    lists.set(table, list);
  }
  return list;
}

/** A table header cell: in a thead, scoped to its column, or in a row of header cells only. */
function headerCell(th: Element): boolean {
  const scope = th.getAttribute('scope');
  if (scope === 'col' || scope === 'colgroup') return true;
  if (scope === 'row' || scope === 'rowgroup') return false;
  if (th.closest('thead')) return true;
  return !th.parentElement?.querySelector(':scope > td');
}

/** A link to a record: its URL carries a record id, or a Lightning record page, or mail/phone. */
function recordLink(a: Element, walk: Walk): boolean {
  const href = a.getAttribute('href') ?? '';
  if (/^(?:mailto|tel|sms):/i.test(href)) return true;
  const masked = maskUrl(href, walk.ctx);
  return /\/[A-Za-z0-9]{3}0{12}(?:0{3})?(?:[/?#]|$)|[=]([A-Za-z0-9]{3}0{12})|\/lightning\/r\//.test(
    masked,
  );
}

/**
 * The position of the texts of `el`: its own kind, else its parent's. A label position inside a
 * data position (a button in a table cell) keeps only known labels.
 */
function childPosition(el: Element, parent: TextPosition, walk: Walk): TextPosition {
  const own = positionOf(el, walk);
  if (own === null) return parent;
  if (parent === 'data' && own !== 'data') return own === 'label' ? 'other' : own;
  if (parent === 'choice' && own === 'label') return 'choice';
  return own;
}

function element(
  el: Element,
  walk: Walk,
  depth: number,
  parentPosition: TextPosition,
): SnapshotElement | null {
  const tag = el.localName;
  if (SKIPPED.has(tag) || el === walk.overlayHost) return null;
  if (!/^[a-z][a-z0-9-]*$/.test(tag) || tag.length > 60) return null;
  if (walk.elements >= SNAPSHOT_LIMITS.elements || depth > SNAPSHOT_LIMITS.depth) {
    walk.truncated = true;
    return null;
  }
  walk.elements++;
  const position = childPosition(el, parentPosition, walk);
  const node: SnapshotElement = { tag };
  const attrs = attributes(el, position, walk);
  if (attrs) node.attrs = attrs;
  const state = stateOf(el);
  if (state) node.state = state;
  if (tag === 'iframe' || tag === 'frame') countFrame(el, walk);
  // A text field's content is its value (state.value), never its children.
  if (tag !== 'textarea') {
    const children = childrenOf(el.childNodes, walk, depth, position);
    if (children.length > 0) node.children = children;
  }
  const shadow = el.shadowRoot;
  if (shadow) node.shadow = childrenOf(shadow.childNodes, walk, depth, position);
  return node;
}

function childrenOf(
  nodes: NodeListOf<ChildNode>,
  walk: Walk,
  depth: number,
  position: TextPosition,
): SnapshotChild[] {
  const out: SnapshotChild[] = [];
  for (const child of nodes) {
    if (child.nodeType === 1) {
      const node = element(child as Element, walk, depth + 1, position);
      if (node) out.push(node);
    } else if (child.nodeType === 3) {
      const raw = (child.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ');
      if (raw.trim() === '') continue;
      const text = raw.length > SNAPSHOT_LIMITS.text ? raw.slice(0, SNAPSHOT_LIMITS.text) : raw;
      out.push(redactText(text, position, walk.known, walk.ctx));
    }
  }
  return out;
}

function attributes(
  el: Element,
  position: TextPosition,
  walk: Walk,
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const isButton =
    el.localName === 'button' ||
    (el.localName === 'input' && BUTTON_TYPES.has((el as HTMLInputElement).type));
  for (const attr of el.attributes) {
    const name = attr.name.toLowerCase();
    let value = attr.value.slice(0, SNAPSHOT_LIMITS.attribute);
    if (name === 'value') {
      // A button's value is its label; a choice's value names the option; other values are data.
      if (isButton) out.value = redactText(value, 'label', walk.known, walk.ctx);
      else if (el.localName === 'input' && CHOICE_TYPES.has((el as HTMLInputElement).type))
        out.value = walk.masker.mask(value);
      else if (el.localName === 'option') out.value = walk.masker.mask(value);
      continue;
    }
    const rule = ATTRIBUTE_RULES[name] ?? (name.startsWith('aria-') ? 'text' : undefined);
    if (!rule) continue;
    if (rule === 'url' && (el.localName === 'iframe' || el.localName === 'frame') && name === 'src')
      value = absolute(value, walk.base);
    // A title or aria-label is a label only on a button itself: inside one (a user menu's
    // avatar titled with the user's name) it is kept only when it is a known label.
    const textPosition = isButton ? 'label' : position === 'data' ? 'data' : 'other';
    out[name] = redactAttribute(value, rule, walk.masker, textPosition, walk.known, walk.ctx);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function absolute(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function stateOf(el: Element): SnapshotElement['state'] | undefined {
  const state: NonNullable<SnapshotElement['state']> = {};
  const tag = el.localName;
  if (tag === 'input') {
    const input = el as HTMLInputElement;
    if (CHOICE_TYPES.has(input.type)) state.checked = input.checked;
    else if (!BUTTON_TYPES.has(input.type) && input.value !== '')
      state.value = shapeOf(input.value);
  } else if (tag === 'textarea') {
    const value = (el as HTMLTextAreaElement).value;
    if (value !== '') state.value = shapeOf(value.slice(0, SNAPSHOT_LIMITS.text));
  } else if (tag === 'option') {
    if ((el as HTMLOptionElement).selected) state.selected = true;
  }
  if (
    (tag === 'input' || tag === 'button' || tag === 'select' || tag === 'textarea') &&
    (el as HTMLInputElement).disabled
  ) {
    state.disabled = true;
  }
  if (notRendered(el)) state.hidden = true;
  return Object.keys(state).length > 0 ? state : undefined;
}

/** Not rendered while its parent is: the element a replica has to hide. */
function notRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof (el as HTMLElement).checkVisibility !== 'function') return false;
  const parent = el.parentElement;
  if (!parent || el.localName === 'body' || el.localName === 'head') return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'none') return parent.checkVisibility() || parent.localName === 'html';
  return false;
}

/** A frame the guide will also be asked in: a page on a host its content script runs on. */
function countFrame(el: Element, walk: Walk): void {
  const src = el.getAttribute('src');
  if (!src) return;
  const page = toPageUrl(absolute(src, walk.base));
  if (page && page.host.surface !== 'unknown') walk.childFrames++;
}
