/**
 * What a configuration verdict returns: facts, never prose. `key` names a message the display
 * translates with `args` (≤ 9, chrome.i18n's limit); a list argument is the names joined by
 * ", ", to be shown as names. The message keys are proposals for _locales (the lead adds them).
 */
export type ConfigStatus = 'done' | 'in-progress' | 'not-started';

export interface ConfigVerdict<Key extends string, Facts> {
  status: ConfigStatus;
  key: Key;
  args: (string | number)[];
  facts: Facts;
}

/** Names as one argument (proper names: no translation involved). */
export const nameList = (names: readonly string[]): string => names.join(', ');
