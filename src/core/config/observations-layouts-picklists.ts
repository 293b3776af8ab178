/**
 * What the page layout and picklist value pages report (#17 items 4 and 5), as members of
 * `observationSchema` (src/core/schemas.ts). Page text is untrusted: every string and list is
 * capped, as in ./observations.ts, whose proposals these follow.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { layoutStepSchema, picklistStepSchema } from './observations';

const base = { seenAt: z.string().max(40), url: z.string().max(2048) };
const name = z.string().max(LIMITS.name);
const pageValue = z.object({ label: name, apiName: name.nullable() });

/** The Page Layout Assignment table of one object: profile → layout per record-type column. */
export const layoutAssignmentObservationSchema = z.object({
  kind: z.literal('layout-assignment'),
  ...base,
  step: layoutStepSchema,
  object: name.nullable(),
  recordTypes: z.array(name).max(100),
  rows: z.array(z.object({ profile: name, layouts: z.array(name).max(100) })).max(1000),
});

/** A global value set's detail page: its active and inactive values apart. */
export const picklistValuesObservationSchema = z.object({
  kind: z.literal('picklist-values'),
  ...base,
  step: picklistStepSchema,
  valueSet: name.nullable(),
  active: z.array(pageValue).max(1000),
  /** null: the page showed no Inactive Values list */
  inactive: z.array(pageValue).max(1000).nullable(),
});

export type LayoutAssignmentObservation = z.infer<typeof layoutAssignmentObservationSchema>;
export type PicklistValuesObservation = z.infer<typeof picklistValuesObservationSchema>;
