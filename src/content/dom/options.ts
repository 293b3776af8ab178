/**
 * Options found the way a person finds them (docs/salesforce/install-page.md, "Security
 * options"): the element whose own text is the option, then the one control that belongs to
 * that option. The text need not be a <label>: the Aura installer shows each option's text in a
 * div beside a visually hidden radio, and some pages render no native input at all. Selecting
 * clicks the control when a person could, else the option's own text (the only click the guide
 * makes, and only to select an option); the caller then checks that the page shows it.
 */
import { controlLabel, isShown, labelFold } from './find';

export type ChoiceKind = 'radio' | 'checkbox';

export interface Choice {
  /** The element whose own text is the option: what a person reads, and clicks when nothing else. */
  text: Element;
  /** The one control that belongs to it: a native input, or an element with the role; null if none. */
  control: HTMLInputElement | HTMLElement | null;
}

/** Per wanted option: the one choice found, or how many candidates there were (0, or 2 and more). */
export type ChoiceSearch = { ok: true; choice: Choice } | { ok: false; found: number };

const CONTROLS: Record<ChoiceKind, string> = {
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
};
const SKIP = 'script, style, noscript, template';
/** How far above its text an option's control may sit (Aura nests the text two divs deep). */
const MAX_CLIMB = 5;

/**
 * The deepest shown elements whose whole text is one of `texts` (folded: case, spaces, `…`,
 * a trailing colon or ellipsis).
 */
export function elementsWithText(root: ParentNode, texts: readonly string[]): Element[] {
  const wanted = new Set(texts.map(labelFold));
  const longest = Math.max(...[...wanted].map((w) => w.length));
  const node = root as Node;
  const doc = node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
  if (!doc) return [];
  const found = new Set<Element>();
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const own = labelFold(text.textContent);
    if (!own || ![...wanted].some((w) => w.includes(own))) continue;
    for (let el = text.parentElement; el; el = el.parentElement) {
      const folded = labelFold(el.textContent);
      if (folded.length > longest + 3) break;
      if (wanted.has(folded)) {
        if (!el.closest(SKIP) && isShown(el)) found.add(el);
        break;
      }
    }
  }
  return [...found];
}

const usableControl = (el: Element, kind: ChoiceKind) =>
  !(el instanceof HTMLInputElement && el.disabled) &&
  el.getAttribute('aria-disabled') !== 'true' &&
  el.matches(CONTROLS[kind]);

/** The controls inside `container`, and the one around `text` if it is itself the control. */
function controlsAround(text: Element, container: Element, kind: ChoiceKind): Element[] {
  const inside = [...container.querySelectorAll(CONTROLS[kind])];
  const around = text.closest(CONTROLS[kind]);
  if (around && container.contains(around) && !inside.includes(around)) inside.push(around);
  if (container.matches(CONTROLS[kind]) && !inside.includes(container)) inside.push(container);
  return inside.filter((el) => usableControl(el, kind));
}

/**
 * The control that belongs to an option's text: the <label>'s control, else the only control
 * in the nearest ancestor that holds one, climbing no higher than an element that also holds
 * another option's text. `undefined`: more than one there (ambiguous).
 */
function controlOf(
  text: Element,
  kind: ChoiceKind,
  others: readonly Element[],
): HTMLInputElement | HTMLElement | null | undefined {
  const label = text.closest('label');
  if (label instanceof HTMLLabelElement && label.control && usableControl(label.control, kind))
    return label.control as HTMLInputElement;
  let container: Element = text;
  for (let depth = 0; depth <= MAX_CLIMB; depth++) {
    const controls = controlsAround(text, container, kind);
    if (controls.length === 1) return controls[0] as HTMLElement;
    if (controls.length > 1) return undefined;
    const parent = container.parentElement;
    if (!parent || parent === text.ownerDocument.body) return null;
    if (others.some((other) => other !== text && parent.contains(other))) return null;
    container = parent;
  }
  return null;
}

/**
 * Each wanted option (a list of texts it may read as) found once, with its control. Candidates
 * come from two directions, merged: texts on the page (then their control), and controls whose
 * label, aria name or following text is the option (controlLabel).
 */
export function findChoices(
  root: Document,
  wanted: readonly (readonly string[])[],
  kind: ChoiceKind,
): ChoiceSearch[] {
  const texts = wanted.map((alternatives) => elementsWithText(root, alternatives));
  const all = texts.flat();
  const labelled = [...root.querySelectorAll<HTMLInputElement>(`input[type="${kind}"]`)].filter(
    (input) => !input.disabled,
  );
  return wanted.map((alternatives, i) => {
    const candidates: Choice[] = [];
    let ambiguous = 0;
    const folded = alternatives.map(labelFold);
    for (const input of labelled) {
      if (folded.includes(controlLabel(input)))
        candidates.push({
          text: input.labels?.[0] ?? input.parentElement ?? input,
          control: input,
        });
    }
    for (const text of texts[i] ?? []) {
      const control = controlOf(text, kind, all);
      // One text over two controls is two candidates: which one it names is a guess.
      if (control === undefined) ambiguous += 2;
      else if (!candidates.some((c) => (control ? c.control === control : c.text === text)))
        candidates.push({ text, control });
    }
    const count = candidates.length + ambiguous;
    const [only] = candidates;
    return count === 1 && only ? { ok: true, choice: only } : { ok: false, found: count };
  });
}

const MARKED = /(?:^|[-_])(?:selected|checked)$/i;

/**
 * Whether the page shows the option chosen: the control's checked state or aria-checked; with
 * no control, aria-checked / aria-selected or a selected/checked class on the option. null:
 * the page shows nothing either way for this option.
 */
export function isChosen(choice: Choice): boolean | null {
  const control = choice.control;
  if (control instanceof HTMLInputElement) return control.checked;
  const aria = control?.getAttribute('aria-checked');
  if (aria === 'true' || aria === 'false') return aria === 'true';
  let node: Element | null = choice.text;
  for (let depth = 0; node && depth <= 2; depth++, node = node.parentElement) {
    const state = node.getAttribute('aria-checked') ?? node.getAttribute('aria-selected');
    if (state === 'true') return true;
    if (state === 'false') return false;
    if ([...node.classList].some((c) => MARKED.test(c))) return true;
  }
  return null;
}

/**
 * Which of `choices` the page shows chosen: its index, -1 when the page shows none chosen,
 * null when it shows nothing either way (the guide cannot tell).
 */
export function chosenIndex(choices: readonly Choice[]): number | null {
  const states = choices.map(isChosen);
  const chosen = states.flatMap((state, i) => (state ? [i] : []));
  if (chosen.length === 1) return chosen[0] as number;
  if (chosen.length > 1) return null;
  return states.some((state) => state === false) ? -1 : null;
}

/** Visually hidden (clipped, transparent, or a pixel wide): no person could click it. */
function visuallyHidden(element: Element): boolean {
  if (!isShown(element)) return true;
  const rect = element.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return (
    style?.opacity === '0' ||
    style?.clipPath === 'inset(50%)' ||
    style?.clip === 'rect(0px, 0px, 0px, 0px)'
  );
}

/**
 * Clicks the option as a person would: its control when one is there to click, else its own
 * text. Does nothing when the page already shows it chosen. Returns whether it clicked.
 */
export function choose(choice: Choice): boolean {
  if (isChosen(choice) === true) return false;
  const control = choice.control;
  const target =
    control instanceof HTMLInputElement && !visuallyHidden(control) ? control : choice.text;
  (target as HTMLElement).click();
  return true;
}
