/**
 * What the admin told the guide about one org, asked once and kept per org: the questions the
 * configuration phase depends on (docs/salesforce/configuration-pages.md) and the profile names
 * it checks layouts and permission sets against. Unanswered questions stay undefined, so the plan
 * can tell "not asked yet" from "no".
 *
 * Stored by the worker under `settings:<org>` (src/background/store.ts, the only owner of storage
 * keys); the popup changes it with `{ type: 'org-settings:set', org, settings: Partial<OrgSettings> }`,
 * answered with `{ settings: OrgSettings }`.
 */
import { z } from 'zod';

/** A Salesforce profile name as the admin types it (matched after whitespace folding, any case). */
const profileName = z.string().trim().min(1).max(80);

export const orgSettingsSchema = z.object({
  /** The org's admin profile, when it is not **System Administrator**. */
  adminProfile: profileName.optional(),
  /** The org's standard-user profile, when it is not **Standard User**. */
  standardProfile: profileName.optional(),
  /** "Will non-admin users take payments?" No → `config-permsets-users` is skipped with this answer. */
  nonAdminPayments: z.boolean().optional(),
  /** "Will you take ACH payments?" No → the three ACH steps are skipped with this answer. */
  achPayments: z.boolean().optional(),
  /** The admin granted payment users Billing object access by hand (`config-permsets-users`). */
  billingAccessAck: z.boolean().optional(),
});
export type OrgSettings = z.infer<typeof orgSettingsSchema>;

export { DEFAULT_ADMIN_PROFILE, DEFAULT_STANDARD_PROFILE } from './default-profiles';
