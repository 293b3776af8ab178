/**
 * The page layout editor (Lightning Setup's page of one layout, or the Classic editor opened on
 * its own): its markup is unknown (docs/salesforce/record-pages.md), so the guide reads none of
 * it. From the URL's object alone (Account, a Billing object's API name, or the `01I…` id Object
 * Manager uses for custom objects) a card says what to add and where, for the open steps among
 * Refund, Verify and the ACH button, and that a record page confirms it (or the popup, by hand,
 * while no such record exists). Other objects' layouts stay silent.
 */
import { RECORD_ACTION_TARGETS, type RecordActionStep } from '../../core/config/record-actions';
import type { StepStatus } from '../../core/plan';
import type { PageContext } from '../page';
import { t } from '../t';

const LIGHTNING = /^\/lightning\/setup\/objectmanager\/([^/]+)\/pagelayouts\//i;

/** The object in the URL: a Lightning path segment, or the Classic editor's `type`. */
function objectOf(url: URL): string | null {
  const m = LIGHTNING.exec(url.pathname);
  if (m) return decodeURIComponent(m[1] ?? '');
  return url.searchParams.get('type');
}

/** Steps this layout may be the one for; a custom object's id could be either Billing object. */
export function stepsFor(object: string): RecordActionStep[] {
  if (/^01I/i.test(object)) return ['config-action-refund', 'config-action-verify'];
  return (Object.keys(RECORD_ACTION_TARGETS) as RecordActionStep[]).filter(
    (step) => RECORD_ACTION_TARGETS[step].object.toLowerCase() === object.toLowerCase(),
  );
}

const OPEN: readonly StepStatus[] = ['pending', 'in-progress', 'blocked'];

export async function init(ctx: PageContext): Promise<void> {
  const object = objectOf(ctx.page.url);
  if (!object) return;
  const candidates = stepsFor(object);
  if (candidates.length === 0) return;
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  if (ctx.signal.aborted) return;
  const state = hello?.state ?? null;
  const notNeeded = new Set(state?.progress?.notNeeded ?? []);
  const open = candidates.filter(
    (step) => !notNeeded.has(step) && OPEN.includes(state?.steps?.[step].status ?? 'pending'),
  );
  if (open.length === 0) return;
  const body = open.map((step) =>
    step === 'config-button-ach'
      ? t('recordEditorAch', RECORD_ACTION_TARGETS[step].layout)
      : t(
          'recordEditorAction',
          RECORD_ACTION_TARGETS[step].layout,
          RECORD_ACTION_TARGETS[step].names[0] as string,
        ),
  );
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  overlay.show(
    'record-editor',
    {
      tone: 'info',
      title: t('recordEditorTitle'),
      body: [...body, t('recordEditorConfirm')],
      corner: 'bottom-left',
    },
    ctx.signal,
  );
}
