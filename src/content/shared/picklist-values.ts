/**
 * What the value set page tells the New page of the same tab: the values still to add
 * (`valuesToAdd`), kept in the frame's sessionStorage (same origin, same tab). Without it the
 * New page types every target value.
 */
import type { ConfigPicklistStep } from '../../core/config/targets';

const KEY = (step: ConfigPicklistStep) => `sf-install-guide:picklist-to-add:${step}`;

export function rememberToAdd(step: ConfigPicklistStep, values: readonly string[]): void {
  try {
    sessionStorage.setItem(KEY(step), JSON.stringify(values));
  } catch {
    // Storage blocked: the New page then types every target value.
  }
}

export function recalledToAdd(step: ConfigPicklistStep): string[] | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY(step)) ?? 'null');
    return Array.isArray(parsed) &&
      parsed.every((v) => typeof v === 'string') &&
      parsed.length <= 10
      ? parsed
      : null;
  } catch {
    return null;
  }
}
