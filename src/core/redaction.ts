/**
 * What a page snapshot may keep of a Salesforce page, as data, and the pure functions that apply
 * it. A snapshot keeps the page's structure and Salesforce's own interface texts; record data
 * becomes a placeholder of the same shape (letters → x/X, digits → 0, the rest kept), so a
 * maintainer sees how long and how shaped a value was, never what it was.
 *
 * Pure string work (no DOM, no browser API): the content script applies it while walking its
 * own frame (src/content/snapshot/take.ts), the worker sweeps the finished snapshot again
 * (src/background/snapshots.ts), and tests/unit/redaction.test.ts runs hostile tables through it.
 */
import { identifyHost } from './hosts';

/** The My Domain name as a snapshot shows it (sandbox names become `sandbox`). */
export const MASKED_MY_DOMAIN = 'mydomain';
const MASKED_SANDBOX = 'sandbox';

/**
 * A Salesforce record id: 15 or 18 letters and digits with at least one digit (Salesforce words
 * such as "ImportedPackage" have none). The first three characters name the object type
 * (005 user, 04t package version): Salesforce's, not the org's, so URLs keep them.
 */
const RECORD_ID =
  /(?<![A-Za-z0-9])(?=[A-Za-z]{0,17}[0-9])([A-Za-z0-9]{3})([A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)(?![A-Za-z0-9])/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Seven or more digits, possibly split by spaces, dots, dashes, slashes or brackets, or led by +. */
const PHONE = /(?:\+|\b)\d(?:[\s()./-]*\d){6,}\b\)?/g;

/** Same-shape placeholder: letters → x (X when upper-case), digits → 0, everything else kept. */
export function shapeOf(text: string): string {
  return text.replace(/\p{L}|\p{N}/gu, (c) =>
    /\p{N}/u.test(c) ? '0' : c !== c.toLowerCase() ? 'X' : 'x',
  );
}

/** A record id with its object-type prefix kept: 005Hn00000HjSb2 → 005000000000000. */
export const maskRecordId = (prefix: string, rest: string): string =>
  prefix + '0'.repeat(rest.length);

/** Context of one frame: its org's My Domain name, whose every mention is masked. */
export interface RedactionContext {
  /** Lower-case parts of the My Domain name worth masking wherever they appear (≥ 3 characters). */
  orgParts: readonly string[];
}

export function redactionContext(href: string | null | undefined): RedactionContext {
  let org: string | null = null;
  try {
    org = href ? (identifyHost(new URL(href).hostname)?.org ?? null) : null;
  } catch {
    org = null;
  }
  const parts = org ? [org, ...org.split(/-+/)] : [];
  // Salesforce's own parts of host names, and the names a masked URL already carries.
  const skip = new Set(['dev', 'ed', 'develop', 'scratch', 'trailblaze', 'demo']);
  skip.add(MASKED_MY_DOMAIN).add(MASKED_SANDBOX);
  return { orgParts: [...new Set(parts.filter((p) => p.length >= 3 && !skip.has(p)))] };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Masks what may hide inside any text, even a label: email addresses, phone numbers, record
 * ids, URLs (see maskUrl) and the org's My Domain name.
 */
export function scrubText(text: string, ctx: RedactionContext): string {
  // URLs are masked as URLs (their ids keep the object prefix); the text between them as text.
  return text
    .split(/(\bhttps?:\/\/[^\s"'<>]+)/)
    .map((part, i) => (i % 2 === 1 ? maskUrl(part, ctx) : scrubPlain(part, ctx)))
    .join('');
}

function scrubPlain(text: string, ctx: RedactionContext): string {
  let out = text
    .replace(EMAIL, shapeOf)
    .replace(PHONE, shapeOf)
    .replace(RECORD_ID, (id: string, prefix: string, rest: string) =>
      // An id masked before (in a URL masked again) keeps its object prefix.
      /^0+$/.test(rest) ? id : shapeOf(prefix) + shapeOf(rest),
    );
  for (const part of ctx.orgParts) {
    out = out.replace(new RegExp(escapeRegExp(part), 'gi'), shapeOf);
  }
  return out;
}

/**
 * Query parameters whose values say how the page was opened, not what it shows: kept as they are
 * when they look like a Salesforce token (letters, digits, `_`), else masked. `url` parameters
 * hold a path or URL and are masked as one. Every other parameter's value becomes a placeholder.
 */
export const QUERY_RULES: Readonly<Record<string, 'token' | 'url' | 'id'>> = {
  setupid: 'token',
  isdtp: 'token',
  noredirect: 'token',
  isuserentityoverride: 'token',
  sfdcifrmeorigin: 'url',
  nonce: 'id',
  tab: 'token',
  sfdc: 'token',
  p0: 'id',
  returl: 'url',
  saveurl: 'url',
  address: 'url',
  starturl: 'url',
  source: 'id',
};

const TOKEN = /^[A-Za-z_][A-Za-z0-9_]{0,40}$/;
const TOKEN_VALUE = /^[A-Za-z0-9_]{1,40}$/;
/**
 * Path segments kept as they are: Salesforce's names (apex pages, setup nodes, objects, `0A3`),
 * which start with a capital or a digit or carry a file extension, and its lower-case path words.
 */
const SEGMENT = /^(?:[A-Z0-9][A-Za-z0-9_]{0,60}|[A-Za-z][A-Za-z0-9_]{0,60}\.[a-z]{2,5})$/;
export const PATH_WORDS: ReadonlySet<string> = new Set(
  'lightning setup page home view list o r n apex packaging secur ui one sfc services s'.split(' '),
);

function maskHost(hostname: string, ctx: RedactionContext): string {
  const org = identifyHost(hostname)?.org;
  const lower = hostname.toLowerCase();
  if (org && lower.startsWith(org)) {
    const masked = org
      .split('--')
      .map((_, i) => (i === 0 ? MASKED_MY_DOMAIN : MASKED_SANDBOX))
      .join('--');
    return masked + lower.slice(org.length);
  }
  // Hosts of no org (login.salesforce.com, a site): kept, their org-looking parts masked.
  return identifyHost(hostname) ? scrubText(lower, ctx) : shapeOf(lower);
}

function maskPath(path: string, ctx: RedactionContext): string {
  return path
    .split('/')
    .map((raw) => {
      let segment = raw;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return shapeOf(raw);
      }
      RECORD_ID.lastIndex = 0;
      if (RECORD_ID.test(segment)) {
        return segment.replace(RECORD_ID, (_, prefix: string, rest: string) =>
          maskRecordId(prefix, rest),
        );
      }
      return SEGMENT.test(segment) || PATH_WORDS.has(segment)
        ? encodeURIComponent(scrubPlain(segment, ctx))
        : shapeOf(segment);
    })
    .join('/');
}

function maskQueryValue(name: string, value: string, ctx: RedactionContext): string {
  const rule = QUERY_RULES[name.toLowerCase()];
  if (rule === 'url') {
    return value.startsWith('/') || /^https?:/i.test(value) ? maskUrl(value, ctx) : shapeOf(value);
  }
  if (rule === 'id') {
    RECORD_ID.lastIndex = 0;
    return RECORD_ID.test(value)
      ? value.replace(RECORD_ID, (_, prefix: string, rest: string) => maskRecordId(prefix, rest))
      : shapeOf(value);
  }
  if (rule === 'token' && TOKEN_VALUE.test(value) && scrubPlain(value, ctx) === value) return value;
  return shapeOf(value);
}

/**
 * A URL as a snapshot shows it: the My Domain name masked (its sandbox part too), record ids in
 * the path and in id parameters masked with their object prefix kept, query values masked unless
 * QUERY_RULES keeps them, the fragment masked. Relative URLs stay relative. Anything that is not
 * http(s) keeps only its scheme.
 */
export function maskUrl(href: string, ctx: RedactionContext): string {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed === '#') return trimmed;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return `${scheme}:`;
  const absolute = Boolean(scheme) || trimmed.startsWith('//');
  let url: URL;
  try {
    url = new URL(trimmed, 'https://relative.invalid');
  } catch {
    return shapeOf(trimmed);
  }
  const query = [...url.searchParams]
    .map(([name, value]) => {
      const safeName = TOKEN.test(name) ? name : shapeOf(name);
      return `${encodeURIComponent(safeName)}=${encodeURIComponent(maskQueryValue(name, value, ctx))}`;
    })
    .join('&');
  const hash = url.hash ? `#${shapeOf(decodeSafely(url.hash.slice(1)))}` : '';
  const rest = `${maskPath(url.pathname, ctx)}${query ? `?${query}` : ''}${hash}`;
  if (!absolute) return trimmed.startsWith('/') ? rest : rest.replace(/^\//, '');
  return `${url.protocol}//${maskHost(url.hostname, ctx)}${url.port ? `:${url.port}` : ''}${rest}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Where a text sits decides what happens to it (src/content/snapshot/take.ts finds the position):
 * - `data`: record data, always a placeholder, even when it reads like a label (a user may be
 *   named "Publisher");
 * - `label`: a column header, a `<label>`, legend, caption, button or tab: kept, scrubbed (a
 *   label inside a data position, such as a checkbox's label in a list row, is `other`);
 * - `choice`: an option of a picklist or list box (often a record: a profile, a user): kept only
 *   when it is a known Salesforce label;
 * - `other`: kept only when it is a known Salesforce label.
 */
export type TextPosition = 'data' | 'label' | 'choice' | 'other';

/** Folds a text the way known labels are compared (case, spacing, trailing colon or ellipsis). */
export function foldLabel(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/\s*(?::|\.\.\.|…|\*)$/, '')
    .replace(/^\*\s*/, '')
    .toLowerCase();
}

/**
 * The texts a snapshot may keep outside label positions, folded (foldLabel): Salesforce's label
 * texts (src/content/labels.ts tables), and the names and namespaces of the packages the guide
 * installs (public product names, kept even in a data cell so a replica of Installed Packages
 * still lists them).
 */
export interface KnownTexts {
  labels: ReadonlySet<string>;
  products: ReadonlySet<string>;
}

export function redactText(
  text: string,
  position: TextPosition,
  known: KnownTexts,
  ctx: RedactionContext,
): string {
  if (text.trim() === '') return text;
  const folded = foldLabel(text);
  if (known.products.has(folded)) return scrubText(text, ctx);
  if (position === 'data') return shapeOf(text);
  if (position === 'label' || known.labels.has(folded)) return scrubText(text, ctx);
  return shapeOf(text);
}

/**
 * Attributes a snapshot keeps, and how. Everything else (data-*, style, event handlers, value
 * attributes of text fields) is dropped.
 * - `keep`: an enumerated or numeric value of HTML's or ARIA's own (type, scope, aria-checked);
 * - `flag`: a boolean attribute (disabled, hidden): present, as '' (`checked` and `selected` are
 *   read as the control's live state instead);
 * - `idref`: an id or a list of ids (for, aria-labelledby): generated parts masked (maskIdent);
 * - `class`: class names, scrubbed (a class may carry a record id);
 * - `url`: maskUrl;
 * - `text`: a text for people (title, aria-label): the `other` position (or `label` for buttons).
 */
export type AttributeRule = 'keep' | 'flag' | 'idref' | 'class' | 'url' | 'text';

export const ATTRIBUTE_RULES: Readonly<Record<string, AttributeRule>> = {
  role: 'keep',
  type: 'keep',
  scope: 'keep',
  colspan: 'keep',
  rowspan: 'keep',
  lang: 'keep',
  dir: 'keep',
  hidden: 'flag',
  tabindex: 'keep',
  method: 'keep',
  target: 'keep',
  shadowrootmode: 'keep',
  disabled: 'flag',
  readonly: 'flag',
  required: 'flag',
  multiple: 'flag',
  open: 'flag',
  'aria-checked': 'keep',
  'aria-selected': 'keep',
  'aria-expanded': 'keep',
  'aria-disabled': 'keep',
  'aria-hidden': 'keep',
  'aria-pressed': 'keep',
  'aria-current': 'keep',
  'aria-level': 'keep',
  'aria-live': 'keep',
  'aria-modal': 'keep',
  'aria-haspopup': 'keep',
  'aria-required': 'keep',
  'aria-invalid': 'keep',
  'aria-busy': 'keep',
  'aria-sort': 'keep',
  'aria-readonly': 'keep',
  'aria-multiselectable': 'keep',
  'aria-orientation': 'keep',
  'aria-posinset': 'keep',
  'aria-setsize': 'keep',
  'aria-rowindex': 'keep',
  'aria-colindex': 'keep',
  'aria-rowcount': 'keep',
  'aria-colcount': 'keep',
  id: 'idref',
  for: 'idref',
  name: 'idref',
  headers: 'idref',
  form: 'idref',
  list: 'idref',
  'aria-labelledby': 'idref',
  'aria-describedby': 'idref',
  'aria-controls': 'idref',
  'aria-owns': 'idref',
  'aria-activedescendant': 'idref',
  'aria-errormessage': 'idref',
  'aria-details': 'idref',
  class: 'class',
  href: 'url',
  src: 'url',
  action: 'url',
  title: 'text',
  alt: 'text',
  placeholder: 'text',
  'aria-label': 'text',
  'aria-description': 'text',
  'aria-roledescription': 'text',
  'aria-placeholder': 'text',
  'aria-valuetext': 'text',
};

/** Values of `keep` attributes are HTML's or ARIA's own words or numbers; anything else is masked. */
const KEPT_VALUE = /^[A-Za-z0-9_ :-]{0,40}$/;

/**
 * An id-like token (id, for, name) with its generated parts masked: a token with digits becomes
 * itself with every run of digits replaced by the token's number in this frame (`j_id0:j_id12` →
 * `j_id3:j_id3`), so references between ids stay consistent and distinct, and no generated number
 * or record id survives. Tokens without digits (`oaapprove`, `thePage`) are Salesforce's own names.
 */
export class IdentMasker {
  readonly #seen = new Map<string, string>();
  readonly #ctx: RedactionContext;

  constructor(ctx: RedactionContext) {
    this.#ctx = ctx;
  }

  mask(value: string): string {
    return value
      .split(/(\s+)/)
      .map((token) => (/^\s*$/.test(token) ? token : this.#token(token)))
      .join('');
  }

  #token(token: string): string {
    let masked = this.#seen.get(token);
    if (masked === undefined) {
      const n = this.#seen.size + 1;
      const scrubbed = scrubText(token, this.#ctx);
      masked = /\d/.test(token)
        ? scrubbed.replace(/[0-9]+/g, String(n))
        : scrubbed === token && !/[@\s]/.test(token)
          ? token
          : `${shapeOf(token)}${n}`;
      this.#seen.set(token, masked);
    }
    return masked;
  }
}

export function redactAttribute(
  value: string,
  rule: AttributeRule,
  masker: IdentMasker,
  textPosition: TextPosition,
  known: KnownTexts,
  ctx: RedactionContext,
): string {
  switch (rule) {
    case 'keep':
      return KEPT_VALUE.test(value) ? value : shapeOf(value);
    case 'flag':
      return '';
    case 'idref':
      return masker.mask(value);
    case 'class':
      return value
        .split(/\s+/)
        .filter(Boolean)
        .map((c) => {
          const scrubbed = scrubText(c, ctx);
          return scrubbed === c && !/\d{4,}/.test(c) ? c : shapeOf(c);
        })
        .join(' ');
    case 'url':
      return maskUrl(value, ctx);
    case 'text':
      return redactText(value, textPosition, known, ctx);
  }
}
