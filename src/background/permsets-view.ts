/**
 * PageState.permsets (src/core/config/permsets-page.ts): the users the permission set steps have
 * seen, each judged here with the org's answers (src/core/config/permission-sets.ts).
 */
import { seenPermsetUsers } from '../core/config/apply-permsets';
import { missingSets } from '../core/config/permission-sets';
import type { PermsetsPageState } from '../core/config/permsets-page';
import { DEFAULT_ADMIN_PROFILE, type OrgSettings } from '../core/org-settings';
import { foldText } from '../core/packages';
import type { OrgProgress } from '../core/schemas';

export function permsetsView(
  progress: Pick<OrgProgress, 'steps'> | null,
  answers: OrgSettings,
): PermsetsPageState {
  const adminProfile = answers.adminProfile ?? DEFAULT_ADMIN_PROFILE;
  const users = progress ? seenPermsetUsers(progress) : [];
  return {
    adminProfile,
    ...(answers.nonAdminPayments !== undefined && { nonAdminPayments: answers.nonAdminPayments }),
    users: users.map((u) => {
      const admin = u.profile !== null && foldText(u.profile) === foldText(adminProfile);
      return {
        user: u.user,
        profile: u.profile,
        admin,
        missing: missingSets(u.sets, admin ? 'config-permsets-admin' : 'config-permsets-users'),
        cpqLicense: u.cpqLicense ?? null,
      };
    }),
  };
}
