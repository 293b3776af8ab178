import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextStepLink } from '../../src/core/deep-links';
import { guardsFor } from '../../src/core/guards';
import { english, formatMessage, type MessageFile, translatorFor } from '../../src/core/i18n';
import { newOrgProgress, toReport } from '../../src/core/progress';
import { reportMarkdown } from '../../src/core/report-format';
import { t } from '../../src/ui/t';

const root = new URL('../../', import.meta.url).pathname;
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

const LANGUAGES = readdirSync(join(root, '_locales')).sort();
const files: Record<string, MessageFile> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, readJson(`_locales/${lang}/messages.json`)]),
);
const en = files.en as MessageFile;
const manifest = readJson('manifest.json');

/** The substitutions a message uses: its distinct $1…$9. */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])))].sort();

/** Every .ts / .tsx file under src. */
function sources(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const SOURCES = sources().map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

describe('_locales', () => {
  it('has English, German and French, and the manifest defaults to English', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'de', 'fr']));
    expect(manifest.default_locale).toBe('en');
  });

  it.each(LANGUAGES)('%s names its own language in uiLocale', (lang) => {
    expect(files[lang]?.uiLocale?.message).toBe(lang);
  });

  it.each(LANGUAGES)('%s has exactly the keys of English', (lang) => {
    expect(Object.keys(files[lang] ?? {}).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LANGUAGES)('%s uses the same substitutions as English in every message', (lang) => {
    const file = files[lang] ?? {};
    const wrong = Object.keys(en).filter(
      (key) =>
        JSON.stringify(placeholders(file[key]?.message ?? '')) !==
        JSON.stringify(placeholders(en[key]?.message ?? '')),
    );
    expect(wrong).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every message is text chrome.i18n reads as it is meant', (lang) => {
    for (const [key, entry] of Object.entries(files[lang] ?? {})) {
      expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
      // A $ is a substitution ($1…$9) or $$; "$name$" would need a placeholders block.
      expect(entry.message.replace(/\$[1-9$]/g, ''), `${lang} ${key}`).not.toContain('$');
      expect(entry.message, `${lang} ${key}`).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
    }
  });

  it('message names are valid and distinct for Chrome (which ignores their case)', () => {
    const keys = Object.keys(en);
    for (const key of keys) expect(key).toMatch(/^(?!@@)[A-Za-z0-9_@]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('every __MSG_…__ of the manifest exists; name and description within Chrome’s limits', () => {
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(used).toEqual(
      expect.arrayContaining(['extName', 'extShortName', 'extDescription', 'extActionTitle']),
    );
    for (const lang of LANGUAGES) {
      const file = files[lang] ?? {};
      for (const key of used) expect(file[key ?? '']?.message, `${lang} ${key}`).toBeTruthy();
      expect(file.extName?.message.length).toBeLessThanOrEqual(75);
      expect(file.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('messages used in src', () => {
  const calls = SOURCES.flatMap(({ path, text }) =>
    [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => ({ path, key: m[1] ?? '' })),
  );

  it('finds the t() calls', () => {
    expect(calls.length).toBeGreaterThan(200);
  });

  it("every key passed to t('…') exists in English", () => {
    expect(calls.filter(({ key }) => !(key in en))).toEqual([]);
  });

  it('every English message is used (in src or the manifest)', () => {
    const everything = `${SOURCES.map((s) => s.text).join('\n')}\n${JSON.stringify(manifest)}`;
    const unused = Object.keys(en).filter(
      (key) => !everything.includes(`'${key}'`) && !everything.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it('src/core stays pure: no chrome.*, no browser, no t() of its own', () => {
    for (const { path, text } of SOURCES.filter((s) => s.path.startsWith('src/core/'))) {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, path).not.toMatch(/\bchrome\.|webextension-polyfill|from '\.\.\/ui\//);
    }
  });
});

describe('t and its English fallback', () => {
  it('outside the browser, t answers with the English file', () => {
    expect(t('listAnd', 'Salesforce CPQ', 'Salesforce Billing')).toBe(
      'Salesforce CPQ and Salesforce Billing',
    );
    expect(t('popupOrgDone', 2, 6)).toBe('2/6 done');
    expect(t('popupTitle')).toBe(en.popupTitle?.message);
  });

  it('a key the messages lack shows as the key itself, never a crash', () => {
    const lacking = 'noSuchMessage' as Parameters<typeof t>[0];
    expect(t(lacking)).toBe('noSuchMessage');
    expect(translatorFor({})('popupTitle')).toBe('popupTitle');
  });

  it('substitutes like chrome.i18n: $1…$9 each time they occur, $$ a dollar, text never re-read', () => {
    expect(formatMessage('$1 and $1, $2', ['a', 'b'])).toBe('a and a, b');
    expect(formatMessage('costs $$5', [])).toBe('costs $5');
    expect(formatMessage('$1', ['$2'])).toBe('$2');
    expect(formatMessage('$1 [$3]', ['x'])).toBe('x []');
  });

  it('German and French read through the same translator', () => {
    const de = translatorFor(files.de ?? {});
    const fr = translatorFor(files.fr ?? {});
    expect(de('popupOrgDone', 2, 6)).toBe('2/6 erledigt');
    expect(fr('listAnd', 'A', 'B')).toBe('A et B');
    expect(de('audienceAllUsers')).toBe('Für alle Benutzer installieren');
    expect(english('audienceAllUsers')).toBe('Install for All Users');
  });
});

describe('core texts come out in the language of the t passed in', () => {
  const de = translatorFor(files.de ?? {});
  const fr = translatorFor(files.fr ?? {});

  it('install-page guards', () => {
    const input = {
      package: 'billing' as const,
      version: '258.1',
      pageHost: 'acme.my.salesforce.com',
      org: 'acme',
      orgEnvironment: 'production' as const,
      steps: { 'cpq-install': { status: 'pending' as const } },
    };
    expect(guardsFor(input, english)[0]?.title).toBe('Install Salesforce CPQ first');
    expect(guardsFor(input, de)[0]?.title).toBe('Zuerst Salesforce CPQ installieren');
    expect(guardsFor(input, fr)[0]?.title).toBe("Installez d'abord Salesforce CPQ");
    expect(guardsFor(input, de)[0]?.text).toContain('Für alle Benutzer installieren');
  });

  it('the next-step link and the report', () => {
    const state = newOrgProgress('acme--uat', 'sandbox', '2026-11-20T08:00:00.000Z');
    const report = toReport(state, de);
    expect(report.steps[0]?.title).toBe('Salesforce CPQ License für den installierenden Benutzer');
    expect(nextStepLink(report, de)?.label).toBe('Benutzer öffnen');
    const md = reportMarkdown(toReport(state, fr), new Date('2026-11-27T15:30:00.000Z'), fr);
    expect(md.split('\n')[0]).toBe("# Rapport d'installation : acme--uat (Sandbox)");
    expect(md).toContain('| # | Étape | Statut |');
  });
});
