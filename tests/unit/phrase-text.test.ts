import { describe, expect, it } from 'vitest';
import { english } from '../../src/core/i18n';
import { encodePhrase, hasPhrase, wordsOf } from '../../src/core/phrase-text';

describe('phrases inside strings', () => {
  it('puts a phrase into the words of the translator, with its arguments', () => {
    const text = encodePhrase('licenseAssigned', ['Ada Lovelace']);
    expect(hasPhrase(text)).toBe(true);
    expect(wordsOf(text, english)).toBe(english('licenseAssigned', 'Ada Lovelace'));
  });

  it('keeps the text around a phrase, and phrases that are arguments of another', () => {
    const inner = encodePhrase('setupLanguageDe', []);
    const text = `» ${encodePhrase('notFoundLookedFor', [inner, '"Paketname"'])} «`;
    expect(wordsOf(text, english)).toBe(
      `» ${english('notFoundLookedFor', english('setupLanguageDe'), '"Paketname"')} «`,
    );
  });

  it('passes numbers and empty arguments through, and leaves plain text alone', () => {
    expect(wordsOf(encodePhrase('launcherTitle', [2, 6]), english)).toBe(
      english('launcherTitle', 2, 6),
    );
    expect(wordsOf(encodePhrase('licenseAssigned', ['']), english)).toBe(
      english('licenseAssigned', ''),
    );
    expect(wordsOf('Install for All Users', english)).toBe('Install for All Users');
    expect(hasPhrase('Install for All Users')).toBe(false);
  });

  it('shows a phrase cut short as what it holds, without marks', () => {
    const cut = encodePhrase('licenseAssigned', ['Ada']).slice(0, -1);
    expect(wordsOf(`x ${cut}`, english)).toBe('x licenseAssigned Ada');
  });

  it('an unknown key shows as the key (as chrome.i18n would answer nothing)', () => {
    expect(wordsOf('\uE000noSuchKey\uE002', english)).toBe('noSuchKey');
  });
});
