/**
 * Filling form controls as a person would: a real click on a radio or checkbox (the browser
 * then fires input and change itself), and for selects the input and change events a user's
 * choice fires. Each action reads the current state first and does nothing when it already
 * holds, so doing it twice changes nothing. Commit buttons are never touched here.
 */

/** Selects a radio. Returns false when it was already selected. */
export function selectRadio(radio: HTMLInputElement): boolean {
  if (radio.checked) return false;
  radio.click();
  return radio.checked;
}

/** Sets a checkbox. Returns false when it already had that state. */
export function setCheckbox(box: HTMLInputElement, checked: boolean): boolean {
  if (box.checked === checked) return false;
  box.click();
  return box.checked === checked;
}

/** Chooses the option whose visible text is `text`. Returns false when already chosen or absent. */
export function selectOption(select: HTMLSelectElement, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  const option = [...select.options].find((o) => o.text.trim().toLowerCase() === wanted);
  if (!option || option.selected) return false;
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Types `text` into a text field as a user would (input and change). Returns false when it held it. */
export function setText(input: HTMLInputElement, text: string): boolean {
  if (input.value === text) return false;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
