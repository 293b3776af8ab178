/**
 * The permission set steps' rows list the users seen (from the step's evidence in the report,
 * src/core/config/permsets-evidence.ts): for `config-permsets-admin` the users with the org's
 * admin profile, for `config-permsets-users` the others, each with what they still lack.
 */
import type { ComponentChild } from 'preact';
import { missingSets } from '../core/config/set-match';
import { DEFAULT_ADMIN_PROFILE } from '../core/org-settings';
import { foldText } from '../core/packages';
import type { Report, ReportStep } from '../core/progress';
import { t } from '../ui/t';

const localDate = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString();
};

export function permsetUsers(step: ReportStep, report: Report): ComponentChild {
  if (step.id !== 'config-permsets-admin' && step.id !== 'config-permsets-users') return null;
  const users = step.evidence?.permsetUsers ?? [];
  const admin = foldText(report.orgSettings?.adminProfile ?? DEFAULT_ADMIN_PROFILE);
  const wantAdmins = step.id === 'config-permsets-admin';
  const shown = users.filter(
    (u) => (u.profile !== null && foldText(u.profile) === admin) === wantAdmins,
  );
  if (shown.length === 0) return null;
  return (
    <div class="permset-users" data-permset-users={step.id}>
      <p class="meta">{t('permsetsPopupUsers')}</p>
      <ul>
        {shown.map((u) => {
          const missing = missingSets(u.sets, step.id as 'config-permsets-admin');
          return (
            <li key={u.user} data-user={u.user} data-missing={missing.length}>
              {missing.length === 0
                ? t('permsetsPopupComplete', u.user, localDate(u.seenAt))
                : t('permsetsPopupLacks', u.user, missing.join(', '), localDate(u.seenAt))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
