/**
 * What the worker tells a permission set page (PageState.permsets, src/background/views.ts):
 * the org's admin profile and payment answer, and each user seen judged against their step's
 * sets, so content scripts never judge profiles themselves. Types only.
 */
export interface PermsetsPageUser {
  user: string;
  profile: string | null;
  /** the user's profile is the org's admin profile */
  admin: boolean;
  /** the sets of the user's step (admin or payment user) not seen on their page */
  missing: string[];
  /** whether their page listed the Salesforce CPQ License (null: not read) */
  cpqLicense: boolean | null;
}

export interface PermsetsPageState {
  adminProfile: string;
  nonAdminPayments?: boolean;
  users: PermsetsPageUser[];
}
