import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import { useWorld } from '../support/harness';
import { walkSequence } from '../support/walk';

const world = useWorld();

/** What must not differ between two walks: statuses, sources, evidence contents (not times, urls). */
function essence(report: Report) {
  return report.steps.map((s) => ({
    id: s.id,
    status: s.status,
    source: s.source,
    package: s.evidence?.package,
    namespace: s.evidence?.namespace,
    version: s.evidence?.version,
    user: s.evidence?.user,
    values: s.evidence?.values,
  }));
}

describe('the service worker may be stopped at any moment', () => {
  it('a full walk with the worker stopped between every two steps ends with the same report', async () => {
    await walkSequence(world.ext, world.server);
    const uninterrupted = await world.report('acme');
    expect(uninterrupted.summary.done).toBe(6);

    await world.reset();
    const stops: string[] = [];
    await walkSequence(world.ext, world.server, {
      between: async (step) => {
        await world.ext.stopWorker();
        stops.push(step);
      },
    }).catch((error: unknown) => {
      throw new Error(`walk failed after the stop at "${stops.at(-1) ?? 'none'}": ${error}`);
    });
    const interrupted = await world.report('acme');
    expect(stops.length).toBeGreaterThanOrEqual(8);
    expect(essence(interrupted)).toEqual(essence(uninterrupted));
    expect(interrupted.history.map((h) => h.summary)).toEqual(
      uninterrupted.history.map((h) => h.summary),
    );
  }, 180_000);
});
