/**
 * What the permission set steps keep as evidence: every user whose page the guide read, one entry
 * per user (a second admin's page adds to the first, a user's later page replaces their own), the
 * most recent `PERMSET_USERS_CAP` kept. Stored in both steps' evidence so either survives the
 * other being set by hand. Worker and popup only (zod).
 */
import { z } from 'zod';
import { LIMITS } from '../limits';

export const PERMSET_USERS_CAP = 20;

export const permsetUserSchema = z.object({
  user: z.string().max(LIMITS.user),
  profile: z.string().max(LIMITS.name).nullable(),
  /** labels from the user's Permission Set Assignments list (never licences) */
  sets: z.array(z.string().max(LIMITS.name)).max(200),
  /** whether the same page listed the Salesforce CPQ License; null: the licence list was not read */
  cpqLicense: z.boolean().nullable().optional(),

  seenAt: z.string().max(40),
  url: z.string().max(2048),
});
export type PermsetUser = z.infer<typeof permsetUserSchema>;

export const permsetUsersSchema = z.array(permsetUserSchema).max(PERMSET_USERS_CAP);
