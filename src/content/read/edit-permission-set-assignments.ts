/**
 * Edit Assignments, the two-list chooser of a user's permission sets: **Available Permission
 * Sets** / **Enabled Permission Sets**, **Add** / **Remove**, **Save**
 * (docs/salesforce/permission-sets.md). Each list is the multi-select a person reads under its
 * title (a <label>, aria-labelledby, or the title text just before it).
 */
import { controlLabel, findButtons, foldSpaces, labelFold } from '../dom/find';
import { controlsNamed } from '../dom/grid';
import { notFound, type ReadResult } from '../dom/read-result';

export const EDIT_PERMISSION_SET_ASSIGNMENTS_TEXT = {
  available: 'Available Permission Sets',
  enabled: 'Enabled Permission Sets',
  add: ['Add'],
  remove: ['Remove'],
  save: ['Save'],
} as const;

export interface EditPermissionSetAssignments {
  available: string[];
  enabled: string[];
  /** options of Available Permission Sets that are selected now */
  selected: string[];
}

export interface EditPermissionSetAssignmentsElements {
  available: HTMLSelectElement;
  enabled: HTMLSelectElement;
  add: HTMLElement | null;
  remove: HTMLElement | null;
  save: HTMLElement[];
}

/** The title text closest before `select` in document order, within its container chain. */
function titleBefore(select: HTMLSelectElement): string {
  for (let node: Element | null = select; node; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const text = labelFold(prev.textContent);
      if (text) return text;
    }
  }
  return '';
}

function selectTitled(root: ParentNode, title: string): HTMLSelectElement | null {
  const wanted = labelFold(title);
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[multiple]')];
  const matches = selects.filter((s) => controlLabel(s) === wanted || titleBefore(s) === wanted);
  return matches.length === 1 ? (matches[0] as HTMLSelectElement) : null;
}

const texts = (options: Iterable<HTMLOptionElement>) => [...options].map((o) => foldSpaces(o.text));

export function readEditPermissionSetAssignments(
  root: ParentNode,
): ReadResult<EditPermissionSetAssignments, EditPermissionSetAssignmentsElements> {
  const text = EDIT_PERMISSION_SET_ASSIGNMENTS_TEXT;
  const available = selectTitled(root, text.available);
  if (!available) return notFound(text.available);
  const enabled = selectTitled(root, text.enabled);
  if (!enabled) return notFound(text.enabled);
  return {
    found: true,
    data: {
      available: texts(available.options),
      enabled: texts(enabled.options),
      selected: texts([...available.options].filter((o) => o.selected)),
    },
    elements: {
      available,
      enabled,
      add: controlsNamed(root, text.add)[0] ?? null,
      remove: controlsNamed(root, text.remove)[0] ?? null,
      save: findButtons(root, text.save),
    },
  };
}
