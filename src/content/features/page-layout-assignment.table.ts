/**
 * The read-only Page Layout Assignment page, recognized by its content (its URL is unknown):
 * reports profile → layout per record-type column, says whether the org's admin and
 * standard-user profiles show the step's layout everywhere, highlights the rows still wrong and
 * **Edit Assignment** (never clicks it). A page that is not this table gets nothing said.
 * Page facts: docs/salesforce/page-layouts.md.
 */
import { layoutAssignmentVerdict } from '../../core/config/layout-assignment';
import { LAYOUT_TARGETS } from '../../core/config/targets';
import { fieldFor } from '../dom/find';
import { waitForRead } from '../dom/settle';
import { observe } from '../observe';
import type { PageContext } from '../page';
import { EDIT_PAGE_LAYOUT_ASSIGNMENT_TEXT } from '../read/edit-page-layout-assignment';
import {
  findAssignmentGrid,
  PAGE_LAYOUT_ASSIGNMENT_TEXT,
  readPageLayoutAssignment,
} from '../read/page-layout-assignment';
import { shownButtonText } from '../shared/button-text';
import { assignmentStep, profileRows } from '../shared/page-layout-assignment';
import { t } from '../t';

export const LAYOUT_ASSIGNMENT_GIVE_UP_MS = 4000;

export async function init(ctx: PageContext): Promise<void> {
  const read = await waitForRead(
    ctx,
    () => readPageLayoutAssignment(document),
    LAYOUT_ASSIGNMENT_GIVE_UP_MS,
  );
  // Not this page (or the edit grid, which has its own feature): nothing to say.
  if (!read?.found || ctx.signal.aborted) return;
  if (fieldFor(document, EDIT_PAGE_LAYOUT_ASSIGNMENT_TEXT.layoutToUse, 'select')) return;
  const table = read.data;
  const step = assignmentStep(table.object, ctx.page.url);
  if (!step) return;
  const response = await observe(ctx, {
    kind: 'layout-assignment',
    step,
    object: table.object,
    recordTypes: table.recordTypes,
    rows: table.rows,
  });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const target = LAYOUT_TARGETS[step];
  const verdict = layoutAssignmentVerdict(table, step, response?.state.orgAnswers);
  const grid = findAssignmentGrid(document);
  const rows = grid ? profileRows(grid.grid) : [];
  const wrong = verdict.facts.rows.filter((r) => r.row < 0 || r.wrong.length > 0);
  const edit = read.elements.editAssignment;
  const editText = shownButtonText(edit, PAGE_LAYOUT_ASSIGNMENT_TEXT.editAssignment[0]);
  const marked = wrong.flatMap((r) => (rows[r.row] ? [rows[r.row] as Element] : []));
  overlay.show(
    'layout-assignment',
    verdict.status === 'done'
      ? {
          tone: 'success',
          title: t('layoutAssignTitle', target.layout, target.object),
          body: [t(verdict.key, ...verdict.args)],
          anchor: read.elements.table,
        }
      : {
          tone: 'warning',
          title: t('layoutAssignTitle', target.layout, target.object),
          body: [t(verdict.key, ...verdict.args), t('layoutAssignEdit', editText)],
          items: wrong.map((r) => ({
            label: r.profile,
            status: 'warning' as const,
            detail:
              r.row < 0
                ? t('configLayoutProfileMissing', r.profile, target.object)
                : [...new Set(r.wrong.map((w) => w.layout || '—'))].join(', '),
          })),
          anchor: read.elements.table,
          highlight: [...marked, ...(edit ? [edit] : [])],
        },
    ctx.signal,
  );
}
