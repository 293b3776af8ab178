// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chosenIndex, findChoices, isChosen } from '../../src/content/dom/options';

const AUDIENCES = [
  ['Install for Admins Only'],
  ['Install for All Users'],
  ['Install for Specific Profiles...'],
];

function page(html: string): Document {
  document.body.innerHTML = html; // test fixture markup, not page text
  return document;
}

const found = (doc: Document) =>
  findChoices(doc, AUDIENCES, 'radio').map((r) =>
    r.ok
      ? { tag: r.choice.control?.tagName ?? null, text: r.choice.text.textContent?.trim() }
      : r.found,
  );

beforeEach(() => {
  document.body.textContent = '';
});

describe('findChoices: where the option text is', () => {
  it('a <label for> beside a visible radio (Classic)', () => {
    const doc = page(`<table><tr>
      <td><input type="radio" id="o0" name="g" checked><label for="o0"> Install for Admins Only</label></td>
      <td><input type="radio" id="o1" name="g"><label for="o1"> Install for All Users</label></td>
      <td><input type="radio" id="o2" name="g"><label for="o2"> Install for Specific Profiles...</label></td>
    </tr></table>`);
    expect(found(doc)).toEqual([
      { tag: 'INPUT', text: 'Install for Admins Only' },
      { tag: 'INPUT', text: 'Install for All Users' },
      { tag: 'INPUT', text: 'Install for Specific Profiles...' },
    ]);
  });

  it('a div beside a visually hidden radio (Aura radioTextContainer), … for ...', () => {
    const doc = page(
      ['Install for Admins Only', 'Install for All Users', 'Install for Specific Profiles…']
        .map(
          (
            text,
            i,
          ) => `<div class="option"><input type="radio" name="g" class="hidden"${i === 0 ? ' checked' : ''}>
        <div class="radioTextContainer"><div>${text}</div></div></div>`,
        )
        .join(''),
    );
    const results = findChoices(doc, AUDIENCES, 'radio');
    expect(results.every((r) => r.ok)).toBe(true);
    const choices = results.flatMap((r) => (r.ok ? [r.choice] : []));
    expect(choices.map((c) => c.text.tagName)).toEqual(['DIV', 'DIV', 'DIV']);
    expect(choices.map((c) => (c.control as HTMLInputElement).name)).toEqual(['g', 'g', 'g']);
    expect(chosenIndex(choices)).toBe(0);
  });

  it('no native input: role="radio" with aria-checked', () => {
    const doc = page(
      `<div role="radiogroup">${[
        'Install for Admins Only',
        'Install for All Users',
        'Install for Specific Profiles...',
      ]
        .map(
          (text, i) =>
            `<div role="radio" aria-checked="${i === 1}"><span class="icon"></span><div class="radioTextContainer"><div>${text}</div></div></div>`,
        )
        .join('')}</div>`,
    );
    const choices = findChoices(doc, AUDIENCES, 'radio').flatMap((r) => (r.ok ? [r.choice] : []));
    expect(choices).toHaveLength(3);
    expect(choices.map((c) => c.control?.getAttribute('role'))).toEqual([
      'radio',
      'radio',
      'radio',
    ]);
    expect(chosenIndex(choices)).toBe(1);
  });

  it('no control at all: the option’s text, selection read from its class', () => {
    const doc = page(
      `<ul>${[
        'Install for Admins Only',
        'Install for All Users',
        'Install for Specific Profiles...',
      ]
        .map(
          (text, i) =>
            `<li class="${i === 2 ? 'option is-selected' : 'option'}"><div>${text}</div></li>`,
        )
        .join('')}</ul>`,
    );
    const choices = findChoices(doc, AUDIENCES, 'radio').flatMap((r) => (r.ok ? [r.choice] : []));
    expect(choices.map((c) => c.control)).toEqual([null, null, null]);
    expect(choices.map(isChosen)).toEqual([null, null, true]);
    expect(chosenIndex(choices)).toBe(2);
  });

  it('no control and no mark: the guide cannot tell which is chosen', () => {
    const doc = page(
      ['Install for Admins Only', 'Install for All Users', 'Install for Specific Profiles...']
        .map((text) => `<p><span>${text}</span></p>`)
        .join(''),
    );
    const choices = findChoices(doc, AUDIENCES, 'radio').flatMap((r) => (r.ok ? [r.choice] : []));
    expect(chosenIndex(choices)).toBeNull();
  });

  it('text right after each radio in one shared parent', () => {
    const doc = page(`<div><input type="radio" name="g" checked> Install for Admins Only<br>
      <input type="radio" name="g"> Install for All Users<br>
      <input type="radio" name="g"> Install for Specific Profiles...</div>`);
    expect(found(doc).map((r) => (typeof r === 'number' ? r : r.tag))).toEqual([
      'INPUT',
      'INPUT',
      'INPUT',
    ]);
  });
});

describe('findChoices: what it refuses', () => {
  it('an option shown twice (a decoy elsewhere): ambiguous', () => {
    const doc =
      page(`<fieldset><input type="radio" id="d1" name="decoy"><label for="d1">Install for All Users</label></fieldset>
      <div><input type="radio" id="o0" name="g"><label for="o0">Install for Admins Only</label>
      <input type="radio" id="o1" name="g"><label for="o1">Install for All Users</label>
      <input type="radio" id="o2" name="g"><label for="o2">Install for Specific Profiles...</label></div>`);
    expect(found(doc)[1]).toBe(2);
  });

  it('look-alike texts are not the option', () => {
    const doc = page(
      `<div><input type="radio" id="o1" name="g"><label for="o1">Install for All Users (legacy)</label></div>`,
    );
    expect(found(doc)[1]).toBe(0);
  });

  it('two controls under one option text: ambiguous, never a guess', () => {
    const doc = page(
      `<div class="option"><div>Install for All Users</div><input type="radio" name="a"><input type="radio" name="b"></div>`,
    );
    const result = findChoices(doc, [['Install for All Users']], 'radio')[0];
    expect(result).toEqual({ ok: false, found: 2 });
  });

  it('hidden text is not an option', () => {
    const doc = page(
      `<template><div>Install for All Users</div></template><div hidden><span>Install for All Users</span></div>`,
    );
    expect(found(doc)[1]).toBe(0);
  });
});

describe('findChoices: a checkbox named by text that is not its label', () => {
  it('Aura-style: the grant-access text in a div beside the box', () => {
    const doc =
      page(`<div class="grantAccessCheckbox"><input type="checkbox" class="uiInput"><div class="text">Yes, grant access to these third-party web sites</div></div>
      <div class="securityReviewAcknowledgmentContainer"><input type="checkbox"><div>I acknowledge that I'm installing a Non-Salesforce Application</div></div>`);
    const [grant] = findChoices(
      doc,
      [
        [
          'Yes, grant access to these third-party web sites',
          'Yes, grant access to these third-party websites',
        ],
      ],
      'checkbox',
    );
    expect(grant?.ok && grant.choice.control?.closest('.grantAccessCheckbox')).toBeTruthy();
  });
});
