/**
 * Picklist value verdicts (`config-picklist-bankaccounttype`, `config-picklist-gatewaytype`)
 * from a value set's page (docs/salesforce/picklist-value-sets.md): done when every target value
 * is active with exactly that API name (or, where the page shows no API name, exactly that
 * label). Billing's code reads API names, and its docs allow relabelling but never renaming, so a
 * changed label over the right API name still counts (noted in the facts). Near misses are named:
 * case, spaces, another product's value, an API name changed, a value left inactive.
 */
import { type ConfigPicklistStep, PICKLIST_TARGETS } from './targets';
import { type ConfigVerdict, nameList } from './verdict';

export interface ValueSeen {
  label: string;
  apiName: string | null;
}

export interface ValueSetSeen {
  active: readonly ValueSeen[];
  /** null when the page showed no Inactive Values list */
  inactive: readonly ValueSeen[] | null;
}

export type ValueProblem =
  | 'missing'
  | 'case'
  | 'spaces'
  | 'api-name-changed'
  | 'other-product'
  | 'inactive';

export interface TargetValueState {
  value: string;
  /** null: present as wanted */
  problem: ValueProblem | null;
  /** the value on the page the problem is about */
  shown: ValueSeen | null;
  /** present with the right API name under another label */
  relabelled: boolean;
}

export type PicklistKey =
  | 'configPicklistDone'
  | 'configPicklistMissing'
  | 'configPicklistNearMissCase'
  | 'configPicklistNearMissSpaces'
  | 'configPicklistApiNameChanged'
  | 'configPicklistOtherProduct'
  | 'configPicklistInactive';

const PROBLEM_KEYS: Record<ValueProblem, PicklistKey> = {
  missing: 'configPicklistMissing',
  case: 'configPicklistNearMissCase',
  spaces: 'configPicklistNearMissSpaces',
  'api-name-changed': 'configPicklistApiNameChanged',
  'other-product': 'configPicklistOtherProduct',
  inactive: 'configPicklistInactive',
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function judge(
  value: string,
  set: ValueSetSeen,
  otherProducts: readonly string[],
): TargetValueState {
  const state = (problem: ValueProblem | null, shown: ValueSeen | null, relabelled = false) => ({
    value,
    problem,
    shown,
    relabelled,
  });
  const exact = set.active.find(
    (v) => v.apiName === value || (v.apiName === null && v.label === value),
  );
  if (exact) {
    // A typo in the label over the right API name is still a near miss; a chosen label is not.
    if (exact.label !== value && squash(exact.label) === value) return state('spaces', exact);
    if (exact.label !== value && squash(exact.label).toLowerCase() === value.toLowerCase())
      return state('case', exact);
    return state(null, exact, exact.label !== value);
  }
  const byLabel = set.active.find((v) => v.label === value);
  if (byLabel) return state('api-name-changed', byLabel);
  const other = set.active.find((v) => otherProducts.includes(squash(v.label)));
  if (other) return state('other-product', other);
  const spaced = set.active.find(
    (v) => squash(v.label) === value || squash(v.apiName ?? '') === value,
  );
  if (spaced) return state('spaces', spaced);
  const cased = set.active.find(
    (v) =>
      squash(v.label).toLowerCase() === value.toLowerCase() ||
      squash(v.apiName ?? '').toLowerCase() === value.toLowerCase(),
  );
  if (cased) return state('case', cased);
  const inactive = (set.inactive ?? []).find(
    (v) => v.apiName === value || squash(v.label) === value,
  );
  if (inactive) return state('inactive', inactive);
  return state('missing', null);
}

export function picklistValuesVerdict(
  set: ValueSetSeen,
  step: ConfigPicklistStep,
): ConfigVerdict<PicklistKey, { valueSet: string; values: TargetValueState[] }> {
  const target = PICKLIST_TARGETS[step];
  const values = target.values.map((v) => judge(v, set, target.otherProducts));
  const facts = { valueSet: target.valueSet, values };
  const first = values.find((v) => v.problem !== null);
  if (!first)
    return {
      status: 'done',
      key: 'configPicklistDone',
      args: [target.valueSet, nameList(target.values)],
      facts,
    };
  const anyThere = values.some((v) => v.problem !== 'missing');
  const problem = first.problem ?? 'missing';
  return {
    status: anyThere ? 'in-progress' : 'not-started',
    key: PROBLEM_KEYS[problem],
    args: [first.value, first.shown?.label ?? '', first.shown?.apiName ?? '', target.valueSet],
    facts,
  };
}

/**
 * For the New page: the target values to type (one per line). A value present but inactive is
 * left out (Salesforce refuses a duplicate; the admin activates it instead), as is one present
 * with a near miss the admin must fix by hand (its API name, case or spaces).
 */
export function valuesToAdd(set: ValueSetSeen, step: ConfigPicklistStep): string[] {
  return picklistValuesVerdict(set, step)
    .facts.values.filter((v) => v.problem === 'missing' || v.problem === 'other-product')
    .map((v) => v.value);
}
