import type { Observation } from '../../core/schemas';

/** A content script's clock may be off; an observation can never come from the future. */
export function clampTime<T extends Observation>(observation: T): T {
  const now = new Date().toISOString();
  return observation.seenAt > now || Number.isNaN(Date.parse(observation.seenAt))
    ? { ...observation, seenAt: now }
    : observation;
}
