/**
 * Reading Salesforce Billing's settings page, **Billing Configuration**
 * (docs/salesforce/billing-settings.md): a Visualforce page like CPQ's, fields found by their
 * label (`td.labelCol`/`th` cells, `<label for>`), never by generated ids. Reports the
 * **Payment creation batch size** field as the page holds it: the value the server rendered
 * (the saved one) and what is typed in it now, and the page's Success / Error message. Pure.
 */
import { clip, LIMITS } from '../../core/limits';
import { fieldFor, foldSpaces, isShown } from '../dom/find';
import { elementsWithText } from '../dom/options';

export const BATCH_SIZE_LABEL = 'Payment creation batch size';
const TITLE = 'Billing Configuration';
/** The page's tabs [medium: docs/salesforce/billing-settings.md], read with CPQ's tab machinery. */
export const BILLING_TABS = ['General', 'Invoice', 'Payment'] as const;
export const PAYMENT_TAB = 'Payment';

export interface BatchSizeField {
  /** the value the page was rendered with: after a save, the saved value ('' = empty) */
  saved: string;
  /** what the field holds now (the admin may have typed) */
  current: string;
  /** the field is on the tab shown (false: another tab is in front) */
  shown: boolean;
}

export interface BillingSettingsView {
  /** null: no such field on the page (another tab rendered alone, or changed markup) */
  batchSize: BatchSizeField | null;
  /** the page's message after a postback */
  message: { kind: 'success' | 'error'; text: string } | null;
}

export function findBatchSizeInput(root: Document): HTMLInputElement | null {
  return fieldFor<HTMLInputElement>(
    root,
    BATCH_SIZE_LABEL,
    'input[type="text"], input:not([type])',
  );
}

function readMessage(root: Document): BillingSettingsView['message'] {
  for (const alert of root.querySelectorAll('[role="alert"]')) {
    if (!isShown(alert)) continue;
    const text = foldSpaces(alert.textContent);
    const kind = /^success\b/i.test(text) ? 'success' : /^error\b/i.test(text) ? 'error' : null;
    if (kind) return { kind, text: clip(text.replace(/^\w+:\s*/, ''), LIMITS.message) };
  }
  return null;
}

/** The Billing Configuration page's batch size and message; null when the title is not shown. */
export function readBillingSettings(root: Document): BillingSettingsView | null {
  const titled = elementsWithText(root, [TITLE]).length > 0;
  if (!titled) return null;
  const input = findBatchSizeInput(root);
  return {
    batchSize: input
      ? {
          saved: clip(foldSpaces(input.defaultValue), LIMITS.value),
          current: clip(foldSpaces(input.value), LIMITS.value),
          shown: isShown(input),
        }
      : null,
    message: readMessage(root),
  };
}
