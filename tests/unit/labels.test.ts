// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { labelLines, labelsLookedFor } from '../../src/content/diagnostic';
import {
  en,
  labels,
  loadLabels,
  type SalesforceLabels,
  setupLanguage,
} from '../../src/content/labels';
import de, { confidence as deConfidence } from '../../src/content/labels/labels.de';
import fr, { confidence as frConfidence } from '../../src/content/labels/labels.fr';
import type { PageContext } from '../../src/content/page';
import { orderValues, startDateOption } from '../../src/content/read/cpq-settings';
import { findAudienceOptions, readInstallPage } from '../../src/content/read/install-page';
import { readInstalledPackages } from '../../src/content/read/installed-packages';
import { readLicenses } from '../../src/content/read/user-detail';

/** The shape of a label table: every key path, with "[]" for a list and "''" for a text. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[]`];
  if (typeof value === 'string') return [`${path}''`];
  return Object.entries(value as Record<string, unknown>)
    .flatMap(([key, inner]) => shape(inner, `${path}.${key}`))
    .sort();
}

/** Every label text of a table, with where it is. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    texts(inner, `${path}.${key}`),
  );
}

const LABELS = { en, de, fr };
const DOC = readFileSync(join(process.cwd(), 'docs/salesforce/labels.md'), 'utf8');
const LANGUAGES = Object.keys(LABELS) as (keyof typeof LABELS)[];

describe('Salesforce label tables', () => {
  it('exist for English, German and French', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'de', 'fr']));
  });

  it.each(LANGUAGES)('%s has the same keys as English', (lang) => {
    expect(shape(LABELS[lang])).toEqual(shape(LABELS.en));
  });

  it.each(LANGUAGES)('%s has no empty label and no empty list', (lang) => {
    for (const [path, text] of texts(LABELS[lang])) expect(text.trim(), path).not.toBe('');
    const lists = (value: unknown): unknown[][] =>
      Array.isArray(value)
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(lists)
          : [];
    for (const list of lists(LABELS[lang])) expect(list.length).toBeGreaterThan(0);
  });

  it('the Setup language comes from <html lang>, English when unknown', () => {
    expect(setupLanguage('de')).toBe('de');
    expect(setupLanguage('de-DE')).toBe('de');
    expect(setupLanguage('fr_CA')).toBe('fr');
    expect(setupLanguage('FR')).toBe('fr');
    expect(setupLanguage('en-US')).toBe('en');
    expect(setupLanguage('es')).toBe('en');
    expect(setupLanguage('constructor')).toBe('en');
    expect(setupLanguage('')).toBe('en');
    expect(setupLanguage(null)).toBe('en');
  });
});

/** A page of the given language, built from the labels the recognizers look for. */
function page(lang: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.lang = lang;
  const template = doc.createElement('template');
  template.innerHTML = body;
  doc.body.append(template.content);
  return doc;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

describe.each(LANGUAGES)('the recognizers read a %s Setup page with its labels', (lang) => {
  const l: SalesforceLabels = LABELS[lang];
  const htmlLang = lang === 'en' ? 'en-US' : `${lang}-${lang.toUpperCase()}`;
  // What the `lazy` helper does before any recognizer starts on such a page.
  beforeAll(() => loadLabels(page(htmlLang, '')));

  it('picks that language’s labels', () => {
    expect(labels(page(htmlLang, ''))).toBe(l);
  });

  it('install page: package facts and the three security options', () => {
    const options = (['admins-only', 'all-users', 'specific-profiles'] as const)
      .map(
        (a, i) =>
          `<label><input type="radio" name="sec" value="${i}"${i === 0 ? ' checked' : ''}> ${esc(l.installPage.audience[a])}</label>`,
      )
      .join('<br>');
    const doc = page(
      htmlLang,
      `<table><tr><td>${esc(l.installPage.packageName[0] ?? '')}</td><td>Salesforce CPQ</td></tr>
       <tr><td>${esc(l.installPage.publisher[0] ?? '')}</td><td>Salesforce.com, inc.</td></tr>
       <tr><td>${esc(l.installPage.version[0] ?? '')}</td><td>260.0</td></tr></table>${options}`,
    );
    const url = new URL('https://acme.my.salesforce.com/packaging/installPackage.apexp');
    expect(readInstallPage(doc, url)).toMatchObject({
      name: 'Salesforce CPQ',
      publisher: 'Salesforce.com, inc.',
      version: '260.0',
    });
    const found = findAudienceOptions(doc);
    expect(found.ok).toBe(true);
    if (found.ok) expect((found.value['all-users'].control as HTMLInputElement).value).toBe('1');
  });

  it('Installed Packages: columns by header text, Configure, the Uninstalled list ignored', () => {
    const c = l.installedPackages.columns;
    const head = [c.name, c.publisher, c.version, c.namespace, c.installedOn]
      .map((names) => `<th>${esc(names[0] ?? '')}</th>`)
      .join('');
    const configure = esc(l.installedPackages.configure[0] ?? '');
    const doc = page(
      htmlLang,
      `<h3>Installed</h3><table><tr><th></th>${head}</tr>
        <tr><td><a href="/x">${configure}</a></td><th scope="row"><a href="/033">Salesforce CPQ</a></th><td>Salesforce.com, inc.</td><td>260.0</td><td>SBQQ</td><td>1.2.2026</td></tr></table>
       <h3>${esc(l.installedPackages.uninstalledTitle[0] ?? '')} Packages</h3><table><tr><th></th>${head}</tr>
        <tr><td></td><th scope="row">Salesforce Billing</th><td>Salesforce.com, inc.</td><td>250.0</td><td>blng</td><td>1.1.2026</td></tr></table>`,
    );
    const table = readInstalledPackages(doc);
    expect(table?.rows).toEqual([
      {
        name: 'Salesforce CPQ',
        publisher: 'Salesforce.com, inc.',
        version: '260.0',
        namespace: 'SBQQ',
        installedOn: '1.2.2026',
      },
    ]);
    expect(table?.configure.cpq?.textContent).toBe(l.installedPackages.configure[0]);
  });

  it('CPQ Order tab: the recommended start date and the empty choice, whatever their words', () => {
    const s = l.cpqSettings;
    const startDate = (selected: 0 | 1) => {
      const doc = page(
        htmlLang,
        `<input type="checkbox"><select>${[s.none[0] ?? '', s.quoteStartDate]
          .map((text, i) => `<option${i === selected ? ' selected' : ''}>${esc(text)}</option>`)
          .join('')}</select>`,
      );
      const fields = {
        allowMultipleOrders: doc.querySelector('input') as HTMLInputElement,
        defaultOrderStartDate: doc.querySelector('select') as HTMLSelectElement,
      };
      return orderValues(fields).defaultOrderStartDate;
    };
    expect(startDate(1)).toBe('Quote Start Date');
    expect(startDate(0)).toBe('');
    const doc = page(htmlLang, '');
    expect(startDateOption(doc, 'Quote Start Date')).toBe(s.quoteStartDate);
    expect(startDateOption(doc, '')).toBe(s.none[0]);
  });

  it('user page: the licence list, its row actions and the user from the heading', () => {
    const u = l.userDetail;
    const doc = page(
      htmlLang,
      `<h2 class="pageDescription">${esc(u.headingPrefix[0] ?? '')}: Ada Admin</h2>
       <div class="bRelatedList"><h3>${esc(u.licenseList)}</h3><table>
        <tr class="headerRow"><th scope="col">Action</th><th scope="col">x</th></tr>
        <tr><td><a href="#">${esc(u.rowActions[0] ?? '')}</a></td><td><a href="#">${esc(u.cpqLicense)}</a></td></tr>
       </table></div>`,
    );
    expect(readLicenses(doc)).toMatchObject({
      user: 'Ada Admin',
      licenses: [u.cpqLicense],
      hasCpqLicense: true,
    });
  });
});

describe('German and French labels load only on a page in that language', () => {
  it('a German page is read with German labels once its features start there', async () => {
    vi.resetModules(); // no table loaded yet
    const fresh = await import('../../src/content/labels');
    const { startFeatures } = await import('../../src/content/boot');
    document.documentElement.lang = 'de-DE';
    try {
      // Not loaded: the English table, the one shipped with the reading code.
      expect(fresh.labels(document)).toBe(fresh.en);
      let seen: SalesforceLabels | undefined;
      const ctx = { signal: new AbortController().signal } as PageContext;
      await startFeatures(ctx, {
        './features/x.ts': async () => ({
          init: () => {
            seen = fresh.labels(document);
          },
        }),
      });
      await vi.waitFor(() => expect(seen).toEqual(de));
      expect(fresh.labels(page('fr-FR', ''))).toBe(fresh.en); // French not asked for
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('an English page or an unknown language loads nothing', async () => {
    vi.resetModules();
    const fresh = await import('../../src/content/labels');
    await fresh.loadLabels(page('es-ES', ''));
    await fresh.loadLabels(page('en-US', ''));
    expect(fresh.labels(page('de', ''))).toBe(fresh.en);
  });
});

describe('French pages as Salesforce writes them (docs/salesforce/labels.md)', () => {
  beforeAll(() => loadLabels(page('fr-FR', '')));

  it('the install page says "Éditeur", the list "Editeur": one label, found on both', () => {
    const install = page(
      'fr',
      `<table><tr><td>Nom de l\u2019application\u00a0:</td><td>Salesforce CPQ</td></tr>
       <tr><td>ÉDITEUR :</td><td>Salesforce.com, inc.</td></tr>
       <tr><td>Numéro de version</td><td>260.0</td></tr></table>`,
    );
    const url = new URL('https://acme.my.salesforce.com/packaging/installPackage.apexp');
    expect(readInstallPage(install, url)).toMatchObject({
      name: 'Salesforce CPQ',
      publisher: 'Salesforce.com, inc.',
      version: '260.0',
    });
    const list = page(
      'fr',
      `<h3>Packages installés</h3><table><tr><th>Action</th><th>Nom du package</th><th>Editeur</th><th>Numero de version</th><th>Préfixe d’espace de noms</th><th>Date d'installation</th></tr>
        <tr><td>Désinstaller</td><th scope="row">Salesforce CPQ</th><td>Salesforce.com, inc.</td><td>260.0</td><td>SBQQ</td><td>01/02/2026</td></tr></table>`,
    );
    expect(readInstalledPackages(list)?.rows).toEqual([
      {
        name: 'Salesforce CPQ',
        publisher: 'Salesforce.com, inc.',
        version: '260.0',
        namespace: 'SBQQ',
        installedOn: '01/02/2026',
      },
    ]);
  });
});

/** The rows of one language's section of docs/salesforce/labels.md: text → confidence. */
function documented(lang: 'de' | 'fr'): Map<string, string> {
  const rows = new Map<string, string>();
  const section = DOC.split(/^## /m).find((s) => s.startsWith(lang === 'de' ? 'German' : 'French'));
  for (const line of section?.split('\n') ?? []) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[2] === lang && cells[3] && cells[4]) rows.set(cells[3], cells[4]);
  }
  return rows;
}

describe('how sure each German and French text is, as data', () => {
  const TABLES = { de: [de, deConfidence], fr: [fr, frConfidence] } as const;

  it.each(['de', 'fr'] as const)(
    '%s: every text is documented, graded as the table marks it',
    (lang) => {
      const [table, marks] = TABLES[lang];
      const docs = documented(lang);
      const all = new Set(texts(table).map(([, text]) => text));
      expect(docs.size).toBeGreaterThan(40);
      expect([...all].filter((text) => !docs.has(text))).toEqual([]);
      expect([...docs.keys()].filter((text) => !all.has(text))).toEqual([]);
      for (const text of all) {
        const grade = docs.get(text);
        const mark = marks[text];
        if (grade === 'high' || grade === 'medium') expect(mark, text).toBeUndefined();
        else expect(mark, text).toBe(grade);
      }
    },
  );

  it('the reference’s French corrections are in, and marked confirmed', () => {
    expect(fr.installPage.longRunning).toContain("L'installation de cette application est longue");
    expect(fr.installedPackages.columns.publisher).toContain('Editeur');
    expect(frConfidence.Editeur).toBeUndefined();
    expect(frConfidence.Configurer).toBe('unsure');
    expect(deConfidence.Upgrade).toBe('low');
  });

  it('the diagnostic names the label set and the unsure texts looked for', async () => {
    await loadLabels(page('fr', ''));
    await loadLabels(page('de', ''));
    const french = labelsLookedFor(page('fr-FR', ''), ['Autoriser', 'Nom du package', 'Autoriser']);
    expect(french).toEqual({
      language: 'fr',
      lookedFor: ['Autoriser', 'Nom du package'],
      unsure: [{ text: 'Autoriser', confidence: 'unsure' }],
    });
    expect(labelLines(french)).toEqual([
      'Setup language: French. The guide looked for "Autoriser", "Nom du package". If the page says it differently, copy the diagnostic and tell us the words you see.',
      'Not yet confirmed in a real org: "Autoriser".',
    ]);
    const german = labelsLookedFor(page('de', ''), Object.values(de.installPage.audience));
    expect(german.language).toBe('de');
    expect(german.unsure).toEqual([]);
    expect(labelLines(german)).toHaveLength(1);
    expect(labelLines(german)[0]).toContain('"Für alle Benutzer installieren"');
    // English (or a language without a table): the set is named, the card adds no line.
    const english = labelsLookedFor(page('es', ''), ['Allow']);
    expect(english).toEqual({ language: 'en', lookedFor: ['Allow'], unsure: [] });
    expect(labelLines(english)).toEqual([]);
  });
});
