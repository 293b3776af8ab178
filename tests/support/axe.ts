/**
 * axe-core (the engine behind Lighthouse's and Chrome's accessibility audits) run inside a page
 * or a frame of real Chromium. Its source is evaluated over the DevTools protocol, which an
 * extension page's content security policy does not block (a <script> tag would be), so the
 * popup and the panel's frame are audited in place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.2 levels A and AA, with the 2.0 and 2.1 criteria they include. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** selector and the failure summary of each failing node */
  nodes: string[];
}

/**
 * The violations axe finds in `where` at WCAG 2.2 A/AA, each with its failing nodes, or throws if
 * axe checked nothing (so an empty answer always means rules ran and passed).
 */
export async function axeViolations(
  where: Page | Frame,
  include?: string[][],
): Promise<AxeViolation[]> {
  const loaded = await where.evaluate('typeof window.axe === "object"');
  if (!loaded) await where.evaluate(AXE_SOURCE);
  const result = (await where.evaluate(
    async (tags: string[], context: string[][] | null) => {
      const axe = (window as unknown as { axe: AxeApi }).axe;
      const r = await axe.run(context ? { include: context } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        // Only this document: a framed page (the panel) is audited in its own frame.
        iframes: false,
      });
      return {
        passes: r.passes.length + r.incomplete.length + r.inapplicable.length,
        violations: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
        })),
      };
    },
    WCAG_AA,
    include ?? null,
  )) as { passes: number; violations: AxeViolation[] };
  if (result.passes + result.violations.length === 0) throw new Error('axe ran no rule');
  return result.violations;
}

interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    passes: unknown[];
    incomplete: unknown[];
    inapplicable: unknown[];
    violations: Array<{
      id: string;
      impact: string | null;
      help: string;
      nodes: Array<{ target: string[]; failureSummary?: string }>;
    }>;
  }>;
}
