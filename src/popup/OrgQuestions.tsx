/**
 * The questions the configuration phase depends on, and the org's profile names: asked once per
 * org (open while a question is unanswered), kept by the worker under `settings:<org>` through
 * `{ type: 'org-settings:set', org, settings }` (src/core/org-settings.ts).
 */
import { useState } from 'preact/hooks';
import {
  DEFAULT_ADMIN_PROFILE,
  DEFAULT_STANDARD_PROFILE,
  type OrgSettings,
} from '../core/org-settings';
import { ORG_QUESTIONS, type OrgQuestion } from '../core/plan';
import { type MessageKey, t } from '../ui/t';

const QUESTION_TEXT: Readonly<Record<OrgQuestion, MessageKey>> = {
  nonAdminPayments: 'questionNonAdminPayments',
  achPayments: 'questionAchPayments',
};

function Question(props: {
  question: OrgQuestion;
  value: boolean | undefined;
  onAnswer: (change: OrgSettings) => void;
}) {
  const { question, value } = props;
  const name = `question-${question}`;
  const choice = (answer: boolean, label: MessageKey) => (
    <label class="check">
      <input
        type="radio"
        name={name}
        data-answer={String(answer)}
        checked={value === answer}
        onChange={() => props.onAnswer({ [question]: answer })}
      />
      {t(label)}
    </label>
  );
  return (
    <fieldset class="question" data-question={question}>
      <legend>{t(QUESTION_TEXT[question])}</legend>
      <div class="row-buttons">
        {choice(true, 'valueYes')}
        {choice(false, 'valueNo')}
      </div>
      {value === undefined && <p class="muted">{t('questionUnanswered')}</p>}
    </fieldset>
  );
}

function ProfileField(props: {
  which: 'adminProfile' | 'standardProfile';
  label: string;
  /** Salesforce's own profile name, used when the field is left empty. */
  fallback: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <label class="field">
      {props.label}
      <input
        type="text"
        maxLength={80}
        data-profile={props.which}
        placeholder={props.fallback}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}

/**
 * `config-permsets-users` needs Billing object access granted by hand; the guide cannot see it,
 * so the admin says so here. The help link is a Salesforce Help search: the managed package's
 * own article was not confirmed (docs/salesforce/permission-sets.md).
 */
export const BILLING_PERMISSIONS_HELP =
  'https://help.salesforce.com/s/search-result?language=en_US#q=Salesforce%20Billing%20permission%20sets';

function BillingAccessAck(props: { value: boolean; onChange: (change: OrgSettings) => void }) {
  return (
    <div class="question" data-billing-access-ack>
      <label class="check">
        <input
          type="checkbox"
          checked={props.value}
          onChange={(e) => props.onChange({ billingAccessAck: e.currentTarget.checked })}
        />
        {t('permsetsPopupAck')}
      </label>
      <a href={BILLING_PERMISSIONS_HELP} target="_blank" rel="noopener noreferrer">
        {t('permsetsPopupHelp')}
        <span class="visually-hidden"> {t('popupOpensNewTab')}</span>
      </a>
    </div>
  );
}

export function OrgQuestions(props: {
  settings: OrgSettings;
  onChange: (change: OrgSettings) => void;
}) {
  const { settings } = props;
  const [admin, setAdmin] = useState(settings.adminProfile ?? '');
  const [standard, setStandard] = useState(settings.standardProfile ?? '');
  // Open when the popup opens on an org with a question unanswered; answering keeps it open
  // (the profile names are in it too), and the admin's own toggle is left alone.
  const [openAtFirst] = useState(() => ORG_QUESTIONS.some((q) => settings[q] === undefined));
  const saveProfiles = () => {
    const change: OrgSettings = {};
    if (admin.trim()) change.adminProfile = admin.trim();
    if (standard.trim()) change.standardProfile = standard.trim();
    if (Object.keys(change).length > 0) props.onChange(change);
  };
  return (
    <details class="more org-questions" data-section="org-questions" open={openAtFirst}>
      <summary>{t('popupQuestionsHeading')}</summary>
      <p class="muted">{t('popupQuestionsIntro')}</p>
      {ORG_QUESTIONS.map((q) => (
        <Question key={q} question={q} value={settings[q]} onAnswer={props.onChange} />
      ))}
      {settings.nonAdminPayments === true && (
        <BillingAccessAck value={settings.billingAccessAck === true} onChange={props.onChange} />
      )}
      <div class="profiles">
        <ProfileField
          which="adminProfile"
          label={t('profileAdminLabel', DEFAULT_ADMIN_PROFILE)}
          fallback={DEFAULT_ADMIN_PROFILE}
          value={admin}
          onInput={setAdmin}
        />
        <ProfileField
          which="standardProfile"
          label={t('profileStandardLabel', DEFAULT_STANDARD_PROFILE)}
          fallback={DEFAULT_STANDARD_PROFILE}
          value={standard}
          onInput={setStandard}
        />
        <button type="button" class="btn btn-small" data-save-profiles onClick={saveProfiles}>
          {t('profileSave')}
        </button>
      </div>
    </details>
  );
}
