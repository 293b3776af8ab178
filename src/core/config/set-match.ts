/**
 * Matching permission set labels against the targets (src/core/config/targets.ts), free of zod so
 * content scripts can use it on the Edit Assignments chooser (docs/salesforce/permission-sets.md).
 */
import { foldText } from '../packages';
import {
  type ConfigPermsetStep,
  PERMISSION_SET_TARGETS,
  type PermissionSetTarget,
} from './targets';

/** Whether a set label satisfies a target: exact (folded), or a whole-word prefix for CPQ's variants. */
export function matchesTarget(label: string, target: PermissionSetTarget): boolean {
  const folded = foldText(label);
  return target.names.some((name) => {
    const want = foldText(name);
    return target.match === 'exact'
      ? folded === want
      : folded === want || folded.startsWith(`${want} `);
  });
}

/** The target labels `sets` lacks, in target order. */
export function missingSets(sets: readonly string[], step: ConfigPermsetStep): string[] {
  return PERMISSION_SET_TARGETS[step]
    .filter((target) => !sets.some((label) => matchesTarget(label, target)))
    .map((target) => target.label);
}

/** On Edit Assignments: the Available options to pre-select for what the user still lacks. */
export function setsToPreselect(
  available: readonly string[],
  missing: readonly string[],
  step: ConfigPermsetStep,
): string[] {
  const targets = PERMISSION_SET_TARGETS[step].filter((t) => missing.includes(t.label));
  return targets.flatMap((target) => {
    const option = available.find((label) => matchesTarget(label, target));
    return option ? [option] : [];
  });
}

/** Whether a set label is one of CPQ's (they need the Salesforce CPQ License). */
export const isCpqSet = (label: string): boolean => /^salesforce cpq\b/i.test(label.trim());
