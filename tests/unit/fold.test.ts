import { describe, expect, it } from 'vitest';
import { labelFold } from '../../src/content/dom/find';
import { foldText } from '../../src/core/packages';

describe('foldText: what differs between releases and translations but not to a reader', () => {
  it.each([
    ['Salesforce CPQ', 'salesforce cpq'],
    ['  Salesforce\u00a0\n CPQ ', 'salesforce cpq'],
    ['Éditeur', 'editeur'],
    ['Editeur', 'editeur'],
    ['ÉDITEUR', 'editeur'],
    ['E\u0301diteur', 'editeur'], // É written as E + combining accent
    ['Numéro de version', 'numero de version'],
    ['Packages installés', 'packages installes'],
    ['Für alle Benutzer installieren', 'fur alle benutzer installieren'],
    ['Zusätzliche Einstellungen', 'zusatzliche einstellungen'],
    ['Straße', 'straße'], // ß is a letter of its own, not an accented s
    ["Nom de l'application", "nom de l'application"],
    ['Nom de l\u2019application', "nom de l'application"],
    ['Nom de l\u2018application', "nom de l'application"],
    ['Nom de l\u02bcapplication', "nom de l'application"],
    ['Installer pour des profils spécifiques\u2026', 'installer pour des profils specifiques...'],
    ['Installer pour des profils spécifiques...', 'installer pour des profils specifiques...'],
    ['Éditeur\u202f:', 'editeur :'], // French narrow no-break space before the colon
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds both sides the same, so either spelling finds the other', () => {
    const pairs = [
      ['Editeur', 'Éditeur'],
      ["Approuver l'accès de tiers", 'APPROUVER L\u2019ACCES DE TIERS'],
      ['Install for Specific Profiles...', 'Install for Specific Profiles\u2026'],
    ];
    for (const [a, b] of pairs) expect(foldText(a)).toBe(foldText(b));
    expect(foldText('Editeur')).not.toBe(foldText('Éditeurs'));
  });
});

describe('labelFold: foldText, and a trailing colon or ellipsis dropped', () => {
  it.each([
    ['Publisher:', 'publisher'],
    ['Éditeur :', 'editeur'],
    ['Éditeur\u00a0:', 'editeur'],
    ['Install for Specific Profiles...', 'install for specific profiles'],
    ['Installer pour des profils spécifiques\u2026', 'installer pour des profils specifiques'],
    ['Loading...:', 'loading'],
    ['Nom de l\u2019application :', "nom de l'application"],
    ['Version 2.0', 'version 2.0'],
  ])('%j → %j', (text, folded) => {
    expect(labelFold(text)).toBe(folded);
  });
});
