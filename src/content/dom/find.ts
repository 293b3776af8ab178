/**
 * Finding Salesforce controls the way a person does: by visible label text, role and
 * structure. Generated ids and classes change between releases, so nothing here reads them.
 */
import { foldText } from '../../core/packages';

export { foldText };

/** Text of one element folded by foldText, a trailing colon or ellipsis dropped (label styles vary). */
export function labelFold(text: string | null | undefined): string {
  return foldText(text)
    .replace(/(?:\s*(?::|\.\.\.))+$/, '')
    .trim();
}

const BUTTONS =
  'button, input[type="submit"], input[type="button"], a[role="button"], [role="button"], a.btn';

/** The visible name of a button-like element (span-wrapped labels, value, aria-label). */
export function buttonName(element: Element): string {
  if (element instanceof HTMLInputElement) return labelFold(element.value || element.title);
  return labelFold(element.getAttribute('aria-label') || element.textContent);
}

/** Buttons inside `root` whose visible name is one of `names` (folded, exact). */
export function findButtons(root: ParentNode, names: readonly string[]): HTMLElement[] {
  const wanted = names.map(labelFold);
  return [...root.querySelectorAll<HTMLElement>(BUTTONS)].filter(
    (el) => wanted.includes(buttonName(el)) && isShown(el),
  );
}

/** A form control's label as a person reads it: <label>, aria, or the text right after it. */
export function controlLabel(input: HTMLInputElement | HTMLSelectElement): string {
  const labels = input.labels ? [...input.labels] : [];
  const fromLabels = labels.map((l) => l.textContent).join(' ');
  if (labelFold(fromLabels)) return labelFold(fromLabels);
  const aria = input.getAttribute('aria-label');
  if (aria) return labelFold(aria);
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (labelFold(text)) return labelFold(text);
  }
  // Text nodes or inline elements that follow the control, up to the next control.
  let text = '';
  for (let node = input.nextSibling; node; node = node.nextSibling) {
    if (node instanceof Element && node.matches('input, select, textarea, br, div, p, tr, td, li'))
      break;
    text += node.textContent ?? '';
  }
  return labelFold(text);
}

/** Controls of a type whose label equals `label` (folded, exact: look-alikes do not match). */
export function findControls<T extends HTMLInputElement | HTMLSelectElement>(
  root: ParentNode,
  selector: string,
  label: string,
): T[] {
  const wanted = labelFold(label);
  return [...root.querySelectorAll<T>(selector)].filter((el) => controlLabel(el) === wanted);
}

/**
 * The value shown beside a label such as "Publisher": the label is a cell, term or span whose
 * own text is the label; the value is the next cell / definition / sibling with text.
 */
export function readLabeled(root: ParentNode, labels: readonly string[]): string | null {
  const wanted = labels.map(labelFold);
  const candidates = root.querySelectorAll('th, td, dt, label, span, div, b, strong');
  for (const element of candidates) {
    if (element.children.length > 1) continue;
    if (!wanted.includes(labelFold(element.textContent))) continue;
    for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
      for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
        const value = foldSpaces(sibling.textContent);
        if (value) return value;
      }
      if (node.matches('td, th, dt, dd')) break;
    }
  }
  return null;
}

export function foldSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Not hidden by `hidden`, `display: none` or `visibility: hidden` on it or an ancestor. */
export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node instanceof HTMLElement && node.hidden) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/**
 * The control a label names in a Classic/Visualforce form: a <label for>, a label wrapping it,
 * or a label cell (td.labelCol) whose row's next cell holds the control.
 */
export function fieldFor<T extends HTMLInputElement | HTMLSelectElement>(
  root: ParentNode,
  label: string,
  selector: string,
): T | null {
  const direct = findControls<T>(root, selector, label)[0];
  if (direct) return direct;
  const wanted = labelFold(label);
  for (const cell of root.querySelectorAll('td, th, label, span, div')) {
    if (cell.querySelector('td, th, input, select')) continue;
    if (labelFold(cell.textContent) !== wanted) continue;
    const holder = cell.closest('td, th') ?? cell;
    for (let next = holder.nextElementSibling; next; next = next.nextElementSibling) {
      const control = next.matches(selector) ? next : next.querySelector(selector);
      if (control) return control as T;
    }
  }
  return null;
}

/** The nearest element containing all of `elements`. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  for (let node = first?.parentElement ?? null; node; node = node.parentElement) {
    if (rest.every((el) => node.contains(el))) return node;
  }
  return null;
}
