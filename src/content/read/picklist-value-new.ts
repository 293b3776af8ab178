/**
 * New on a picklist value set: a text area taking one value per line, the box **Add the new
 * picklist values to all Record Types**, **Save** (docs/salesforce/picklist-value-sets.md). The
 * text area's label is not known for certain, so it is found by structure: the one text area
 * shown in the page's form.
 */
import { clip, LIMITS } from '../../core/limits';
import { controlLabel, findButtons, foldSpaces, isShown, labelFold } from '../dom/find';
import { notFound, type ReadResult } from '../dom/read-result';

export const PICKLIST_VALUE_NEW_TEXT = {
  values: 'one value per line',
  allRecordTypes: 'Add the new picklist values to all Record Types',
  save: ['Save'],
} as const;

export interface PicklistValueNew {
  /** the value set named in the page title, or null */
  valueSet: string | null;
  /** the text area's lines, blank lines dropped, as typed */
  values: string[];
  /** whether the all-record-types box is ticked; null when the page has no such box */
  allRecordTypes: boolean | null;
}

export interface PicklistValueNewElements {
  textarea: HTMLTextAreaElement;
  allRecordTypes: HTMLInputElement | null;
  save: HTMLElement[];
}

export function readPicklistValueNew(
  root: ParentNode,
): ReadResult<PicklistValueNew, PicklistValueNewElements> {
  const text = PICKLIST_VALUE_NEW_TEXT;
  const areas = [...root.querySelectorAll<HTMLTextAreaElement>('textarea')].filter(isShown);
  // Two text areas would make "the values box" a guess: say not found instead.
  const [textarea] = areas;
  if (areas.length !== 1 || !textarea) return notFound(text.values);
  const wanted = labelFold(text.allRecordTypes);
  const box =
    [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
      (input) => controlLabel(input) === wanted,
    ) ?? null;
  const title = foldSpaces(root.querySelector('.bPageTitle h2, h2.pageDescription')?.textContent);
  return {
    found: true,
    data: {
      valueSet: title ? clip(title, LIMITS.name) : null,
      values: textarea.value
        .split(/\r?\n/)
        .filter((line) => line.trim())
        .map((line) => clip(line, LIMITS.name)),
      allRecordTypes: box ? box.checked : null,
    },
    elements: { textarea, allRecordTypes: box, save: findButtons(root, text.save) },
  };
}
