/**
 * Reading CPQ's package settings page (Visualforce, RichFaces tabs). Tab headers and fields
 * are found by label text: their generated ids (page:form:pb:j_id184_lbl) change between
 * CPQ releases.
 */
import { clip, LIMITS } from '../../core/limits';
import { RECOMMENDED_ORDER_DEFAULTS } from '../../core/plan';
import { fieldFor, findButtons, isShown, labelFold } from '../dom/find';
import { labels } from '../labels';

export interface CpqTabs {
  headers: Map<string, HTMLElement>;
  /** Folded label of the tab that is shown, when it can be told. */
  active: string | null;
}

/**
 * The tab strip, or null when fewer than three of the tab labels are present (not this page).
 * `tabLabels`: CPQ's by default; Billing's settings page passes its own (read/billing-settings.ts).
 */
export function findTabs(
  doc: Document,
  tabLabels: readonly string[] = labels(doc).cpqSettings.tabs,
): CpqTabs | null {
  const wanted = tabLabels.map(labelFold);
  const headers = new Map<string, HTMLElement>();
  const pick = (selector: string) => {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      const text = labelFold(el.textContent);
      if (wanted.includes(text) && !headers.has(text)) headers.set(text, el);
    }
  };
  pick('td.rich-tab-header, [role="tab"]');
  if (headers.size < 3) {
    // Another tab markup: the smallest elements whose whole text is a tab label.
    headers.clear();
    pick('td, li, a, span, div');
    for (const [text, el] of headers) {
      const inner = [...el.querySelectorAll<HTMLElement>('*')].find(
        (c) => labelFold(c.textContent) === text,
      );
      if (inner) headers.set(text, inner);
    }
  }
  if (headers.size < 3) return null;
  return { headers, active: activeTab(headers) };
}

/** The settings page itself: its title as a heading, or a tab header of its tab strip. */
export function showsSettingsPage(doc: Document): boolean {
  const l = labels(doc).cpqSettings;
  const titles = l.title.map(labelFold);
  const tabs = l.tabs.map(labelFold);
  return (
    [...doc.querySelectorAll('h1, h2, .mainTitle')].some((h) =>
      titles.includes(labelFold(h.textContent)),
    ) ||
    [...doc.querySelectorAll('td.rich-tab-header, [role="tab"]')].some((h) =>
      tabs.includes(labelFold(h.textContent)),
    )
  );
}

function activeTab(headers: Map<string, HTMLElement>): string | null {
  for (const [text, el] of headers) {
    const cell = el.closest('td, li, [role="tab"]') ?? el;
    if (cell.getAttribute('aria-selected') === 'true') return text;
    if ([...cell.classList].some((c) => /active/i.test(c) && !/inactive/i.test(c))) return text;
  }
  // The odd one out: the one header whose classes differ from all the others.
  const classes = [...headers.values()].map((el) => (el.closest('td, li') ?? el).className);
  const counts = new Map<string, number>();
  for (const c of classes) counts.set(c, (counts.get(c) ?? 0) + 1);
  const unique = [...headers.keys()].filter((_, i) => counts.get(classes[i] ?? '') === 1);
  return unique.length === 1 && headers.size > 2 ? (unique[0] ?? null) : null;
}

export function findAuthorizeLink(doc: Document): HTMLElement | null {
  const wanted = labelFold(labels(doc).cpqSettings.authorize);
  for (const el of doc.querySelectorAll<HTMLElement>(
    'a, button, input[type="button"], input[type="submit"]',
  )) {
    const text = el instanceof HTMLInputElement ? el.value : el.textContent;
    if (labelFold(text) === wanted && isShown(el)) return el;
  }
  return null;
}

export interface OrderFields {
  allowMultipleOrders: HTMLInputElement;
  defaultOrderStartDate: HTMLSelectElement;
}

export function findOrderFields(doc: Document): OrderFields | null {
  const l = labels(doc).cpqSettings;
  const allowMultipleOrders = fieldFor<HTMLInputElement>(
    doc,
    l.allowMultipleOrders,
    'input[type="checkbox"]',
  );
  const defaultOrderStartDate = fieldFor<HTMLSelectElement>(doc, l.defaultOrderStartDate, 'select');
  if (!allowMultipleOrders || !defaultOrderStartDate) return null;
  return { allowMultipleOrders, defaultOrderStartDate };
}

/** "-- None --", "--None--", "--- None ---": dashes and spaces do not matter. */
const bare = (text: string) => labelFold(text).replace(/[\s-]+/g, '');

/**
 * What the Order fields hold. The start date is reported as the page shows it, but the option the
 * guide recommends as RECOMMENDED_ORDER_DEFAULTS says it (whatever the Setup language), and the
 * empty choice as ''.
 */
export function orderValues(fields: OrderFields) {
  const l = labels(fields.defaultOrderStartDate.ownerDocument).cpqSettings;
  const option = fields.defaultOrderStartDate.selectedOptions[0];
  const text = option?.text.trim() ?? '';
  const none = l.none.some((label) => bare(label) === bare(text));
  const recommended = labelFold(text) === labelFold(l.quoteStartDate);
  return {
    allowMultipleOrders: fields.allowMultipleOrders.checked,
    defaultOrderStartDate: none
      ? ''
      : recommended
        ? RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate
        : clip(text, LIMITS.value),
  };
}

/** The option text on this page for a value orderValues reported ('' is the empty choice). */
export function startDateOption(doc: Document, value: string): string {
  const l = labels(doc).cpqSettings;
  if (!value) return l.none[0] ?? '';
  return value === RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate ? l.quoteStartDate : value;
}

export function findSave(doc: Document): HTMLElement | null {
  return findButtons(doc, labels(doc).cpqSettings.save)[0] ?? null;
}
