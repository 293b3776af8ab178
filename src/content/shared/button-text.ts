/** A button's text as the admin sees it (an input's value, else its text), for a card to quote. */
import { foldSpaces } from '../dom/find';

export function shownButtonText(button: Element | null | undefined, fallback: string): string {
  if (!button) return fallback;
  const value = button.tagName === 'INPUT' ? (button as HTMLInputElement).value : '';
  return foldSpaces(value) || foldSpaces(button.textContent) || fallback;
}
