/**
 * Verdicts on the layout steps that only show on records (docs/salesforce/record-pages.md):
 * **Refund** on a Payment's action bar, **Verify** on a Payment Method's, **New Payment Method
 * ACH** on an Account's **Payment Methods** related list. Only Billing's objects count: a
 * standard Payment (Salesforce Payments) has the same label and even a Refund action. A closed
 * overflow menu may hide the action: the guide says so rather than open it. Pure: facts out.
 */
import { foldText } from '../packages';
import type { RecordPageObservation, Verdict } from './observations-18';

export type RecordActionStep =
  | 'config-action-refund'
  | 'config-action-verify'
  | 'config-button-ach';

export type RecordActionKey =
  /** args: action name, 'bar' | 'menu' */
  | 'recordActionShown'
  /** args: action name, layout name */
  | 'recordActionMissing'
  /** args: action name: a closed overflow menu may hold it */
  | 'recordActionMaybeInMenu'
  /** args: none: the page's action bar was not found */
  | 'recordActionBarNotFound'
  /** args: related list title, layout name */
  | 'recordRelatedListNotFound'
  /** args: the page's object API name, Billing's object API name */
  | 'recordNotBillingObject';

interface Target {
  /** the object API name the record's URL carries */
  object: string;
  /** standard objects with the same label, whose pages are not evidence */
  lookAlikes: readonly string[];
  layout: string;
  /** where the names show: the record's own action bar, or a related list's header */
  relatedList: string | null;
  /** any of these labels counts (the connector's later versions lengthen Verify's) */
  names: readonly string[];
}

export const RECORD_ACTION_TARGETS: Record<RecordActionStep, Target> = {
  'config-action-refund': {
    object: 'blng__Payment__c',
    lookAlikes: ['Payment'],
    layout: 'Payment Layout',
    relatedList: null,
    names: ['Refund'],
  },
  'config-action-verify': {
    object: 'blng__PaymentMethod__c',
    lookAlikes: ['PaymentMethod', 'CardPaymentMethod', 'DigitalWallet'],
    layout: 'Payment Method Layout',
    relatedList: null,
    names: ['Verify', 'Verify Payment Method ACH'],
  },
  'config-button-ach': {
    object: 'Account',
    lookAlikes: [],
    layout: 'Billing Account Layout',
    relatedList: 'Payment Methods',
    names: ['New Payment Method ACH'],
  },
};

export interface RecordActionVerdict extends Verdict<RecordActionKey> {
  step: RecordActionStep;
}

function verdictFor(
  step: RecordActionStep,
  target: Target,
  obs: RecordPageObservation,
): RecordActionVerdict {
  const make = (status: Verdict['status'], key: RecordActionKey, args: (string | number)[]) => ({
    step,
    status,
    key,
    args,
  });
  const label = target.names[0] as string;
  let bar = obs.actions;
  if (target.relatedList) {
    const wanted = foldText(target.relatedList);
    const list = obs.relatedLists.find((l) => foldText(l.title) === wanted);
    if (!list) return make(null, 'recordRelatedListNotFound', [target.relatedList, target.layout]);
    bar = list.buttons;
  }
  if (!bar) return make(null, 'recordActionBarNotFound', []);
  const wanted = target.names.map(foldText);
  const inBar = bar.bar.find((n) => wanted.includes(foldText(n)));
  if (inBar) return make('done', 'recordActionShown', [inBar, 'bar']);
  const inMenu = bar.menu?.find((n) => wanted.includes(foldText(n)));
  if (inMenu) return make('done', 'recordActionShown', [inMenu, 'menu']);
  if (bar.overflow && bar.menu === null) return make(null, 'recordActionMaybeInMenu', [label]);
  return make('pending', 'recordActionMissing', [label, target.layout]);
}

/** What this record page says about each step it can show; [] for pages of other objects. */
export function recordActionVerdicts(obs: RecordPageObservation): RecordActionVerdict[] {
  const verdicts: RecordActionVerdict[] = [];
  for (const [step, target] of Object.entries(RECORD_ACTION_TARGETS) as [
    RecordActionStep,
    Target,
  ][]) {
    if (obs.object === target.object) verdicts.push(verdictFor(step, target, obs));
    else if (target.lookAlikes.includes(obs.object))
      verdicts.push({
        step,
        status: null,
        key: 'recordNotBillingObject',
        args: [obs.object, target.object],
      });
  }
  return verdicts;
}
