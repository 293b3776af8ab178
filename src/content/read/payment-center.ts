/**
 * Reading Salesforce Billing's **Payment Center** new-payment-method form
 * (docs/salesforce/payment-center.md). URL and markup unknown: recognized by its texts (**Payment
 * Center** and **New Payment Method**), the payment type read from radios or a select labelled
 * **Payment Type**, and the two boxes that together make "save and charge in one go". Pure.
 */

import { fieldFor, foldText } from '../dom/find';
import { elementsWithText, findChoices, isChosen } from '../dom/options';

export interface PaymentCenterView {
  /** ACH or a card chosen as the new method's type; null when the page shows no choice */
  type: 'ach' | 'card' | null;
  /** the save-for-later box: ticked, not, or absent (null) */
  saveForFuture: boolean | null;
  /** the charge-now box: ticked, not, or absent (null) */
  charge: boolean | null;
}

const ACH = ['ACH', 'Bank Account (ACH)'];
const CARD = ['Credit Card', 'Card'];

function typeFromSelect(root: Document): PaymentCenterView['type'] | undefined {
  const select = fieldFor<HTMLSelectElement>(root, 'Payment Type', 'select');
  if (!select) return undefined;
  const text = foldText(select.selectedOptions[0]?.textContent);
  if (ACH.map(foldText).includes(text)) return 'ach';
  if (CARD.map(foldText).includes(text)) return 'card';
  return null;
}

function typeFromRadios(root: Document): PaymentCenterView['type'] {
  const [ach, card] = findChoices(root, [ACH, CARD], 'radio');
  if (ach?.ok && isChosen(ach.choice)) return 'ach';
  if (card?.ok && isChosen(card.choice)) return 'card';
  return null;
}

function box(root: Document, label: string): boolean | null {
  const input = fieldFor<HTMLInputElement>(root, label, 'input[type="checkbox"]');
  return input ? input.checked : null;
}

/** The new-payment-method form of the Payment Center; null when the page is not it. */
export function readPaymentCenter(root: Document): PaymentCenterView | null {
  if (elementsWithText(root, ['Payment Center']).length === 0) return null;
  if (elementsWithText(root, ['New Payment Method']).length === 0) return null;
  return {
    type: typeFromSelect(root) ?? typeFromRadios(root),
    saveForFuture: box(root, 'Save payment method'),
    charge: box(root, 'Process payment'),
  };
}
