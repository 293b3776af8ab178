/** The popup's secondary sections: other orgs, export and reset, settings, how to start. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Environment } from '../core/hosts';
import { ENVIRONMENT_LABELS } from '../core/report-format';
import type { Settings } from '../core/schemas';
import { t } from '../ui/t';
import type { OrgListEntry } from './api';
import { localDateTime } from './Checklist';

export interface OrgChoice {
  org: string;
  environment: Environment;
  done?: number;
  total?: number;
  updatedAt?: string;
  /** The org of the tab the popup was opened over. */
  isTab: boolean;
}

export function orgChoices(
  orgs: readonly OrgListEntry[],
  tabOrg: string | null,
  tabEnvironment: Environment,
  exclude: string | null,
): OrgChoice[] {
  // The open phase's count, as the badge and the header show it.
  const choices: OrgChoice[] = orgs.map((o) => ({
    org: o.org,
    environment: o.environment,
    done: o.summary.phases[o.summary.phase].done,
    total: o.summary.phases[o.summary.phase].total,
    updatedAt: o.updatedAt,
    isTab: o.org === tabOrg,
  }));
  if (tabOrg && !choices.some((c) => c.org === tabOrg))
    choices.unshift({ org: tabOrg, environment: tabEnvironment, isTab: true });
  return choices.filter((c) => c.org !== exclude);
}

export function OrgList(props: { choices: readonly OrgChoice[]; onPick: (org: string) => void }) {
  if (props.choices.length === 0) return <p class="muted">{t('popupNoOtherOrgs')}</p>;
  return (
    <ul class="orgs">
      {props.choices.map((c) => (
        <li key={c.org}>
          <button
            type="button"
            class="org-pick"
            data-switch-org={c.org}
            onClick={() => props.onPick(c.org)}
          >
            <span class="org-name">{c.org}</span>
            <span class="org-meta">
              {t(ENVIRONMENT_LABELS[c.environment])}
              {c.isTab && ` · ${t('popupThisTab')}`}
              {c.updatedAt && ` · ${localDateTime(c.updatedAt)}`}
            </span>
            <span class="org-count">
              {c.done === undefined
                ? t('popupNotStarted')
                : t('popupOrgDone', c.done, c.total ?? c.done)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function SettingsForm(props: {
  settings: Settings | null;
  onChange: (change: Partial<Settings>) => void;
}) {
  const { settings } = props;
  if (!settings) return <p class="muted">{t('popupSettingsUnavailable')}</p>;
  return (
    <div class="settings">
      <label class="check">
        <input
          type="checkbox"
          data-setting="autofill"
          checked={settings.autofill}
          onChange={(e) => props.onChange({ autofill: e.currentTarget.checked })}
        />
        {t('popupSettingAutofill')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-setting="launcher"
          checked={settings.launcher}
          onChange={(e) => props.onChange({ launcher: e.currentTarget.checked })}
        />
        {t('popupSettingLauncher')}
      </label>
    </div>
  );
}

export function ExportButtons(props: { onExport: (format: 'md' | 'json') => void }) {
  return (
    <div class="row-buttons">
      <button
        type="button"
        class="btn"
        data-export-format="md"
        onClick={() => props.onExport('md')}
      >
        {t('popupDownloadMarkdown')}
      </button>
      <button
        type="button"
        class="btn"
        data-export-format="json"
        onClick={() => props.onExport('json')}
      >
        {t('popupDownloadJson')}
      </button>
    </div>
  );
}

/** Reset with an inline confirmation; focus goes to Cancel, then back to the Reset button. */
export function ResetOrg(props: { org: string; onReset: () => Promise<boolean> }) {
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      resetRef.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={resetRef}
        type="button"
        class="btn btn-danger-outline"
        data-reset
        onClick={() => setConfirming(true)}
      >
        {t('popupResetOrg')}
      </button>
    );
  }
  const close = () => {
    returnFocus.current = true;
    setConfirming(false);
  };
  return (
    <fieldset class="confirm">
      <legend>{t('popupResetConfirmTitle')}</legend>
      <p>{t('popupResetConfirm', props.org)}</p>
      <div class="row-buttons">
        <button
          type="button"
          class="btn btn-danger"
          data-reset-confirm
          onClick={async () => {
            await props.onReset();
            close();
          }}
        >
          {t('popupReset')}
        </button>
        <button ref={cancelRef} type="button" class="btn" data-reset-cancel onClick={close}>
          {t('popupCancel')}
        </button>
      </div>
    </fieldset>
  );
}

export function HowToStart() {
  return (
    <section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('popupStartHeading')}</h2>
      <ol>
        <li>{t('popupStartLogIn')}</li>
        <li>{t('popupStartOpenAgain')}</li>
      </ol>
    </section>
  );
}
