/**
 * Edit Assignment (the assignment grid with **Page Layout To Use**), recognized by content:
 * pre-chooses the step's layout in Page Layout To Use (auto-fill off: an Apply button instead)
 * and highlights the cells of the admin and standard-user profiles still showing another layout.
 * Selecting cells and **Save** stay the admin's; a choice the admin makes is kept (said once).
 * Page facts: docs/salesforce/page-layouts.md.
 */
import { cellsToChange } from '../../core/config/layout-assignment';
import { LAYOUT_TARGETS } from '../../core/config/targets';
import type { OrgSettings } from '../../core/org-settings';
import { selectOption } from '../actions/fill';
import { waitForRead } from '../dom/settle';
import type { Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import {
  EDIT_PAGE_LAYOUT_ASSIGNMENT_TEXT,
  readEditPageLayoutAssignment,
} from '../read/edit-page-layout-assignment';
import { shownButtonText } from '../shared/button-text';
import { assignmentStep } from '../shared/page-layout-assignment';
import { t } from '../t';

export const EDIT_ASSIGNMENT_GIVE_UP_MS = 4000;

export async function init(ctx: PageContext): Promise<void> {
  const first = await waitForRead(
    ctx,
    () => readEditPageLayoutAssignment(document),
    EDIT_ASSIGNMENT_GIVE_UP_MS,
  );
  if (!first?.found || ctx.signal.aborted) return;
  const step = assignmentStep(first.data.object, ctx.page.url);
  if (!step) return;
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  new EditAssignment(
    ctx,
    overlay,
    step,
    hello?.state.orgAnswers ?? {},
    hello?.state.settings.autofill ?? true,
  ).start();
}

class EditAssignment {
  #handsOff = false;

  constructor(
    readonly ctx: PageContext,
    readonly overlay: Overlay,
    readonly step: keyof typeof LAYOUT_TARGETS,
    readonly answers: OrgSettings,
    readonly autofill: boolean,
  ) {}

  start(): void {
    const read = readEditPageLayoutAssignment(document);
    if (read.found) {
      const plan = cellsToChange(read.data, this.step, read.data.layoutOptions, this.answers);
      if (this.autofill && plan.layoutToUse && plan.cells.length > 0)
        this.#choose(plan.layoutToUse);
    }
    document.addEventListener(
      'change',
      (event) => {
        const now = readEditPageLayoutAssignment(document);
        if (event.isTrusted && now.found && event.target === now.elements.layoutToUse)
          this.#handsOff = true;
      },
      { capture: true, signal: this.ctx.signal },
    );
    this.#update();
    this.ctx.watch(() => this.#update());
  }

  #choose(layout: string): void {
    const read = readEditPageLayoutAssignment(document);
    if (!read.found) return;
    selectOption(read.elements.layoutToUse, layout);
    this.#handsOff = false;
    this.#update();
  }

  #update(): void {
    const read = readEditPageLayoutAssignment(document);
    if (!read.found) {
      this.overlay.remove('layout-edit');
      return;
    }
    const target = LAYOUT_TARGETS[this.step];
    const text = EDIT_PAGE_LAYOUT_ASSIGNMENT_TEXT;
    const plan = cellsToChange(read.data, this.step, read.data.layoutOptions, this.answers);
    const save = read.elements.save;
    const saveText = shownButtonText(save[0], text.save[0]);
    const title = t('layoutAssignTitle', target.layout, target.object);
    const anchor = read.elements.table;
    if (!plan.layoutToUse) {
      this.overlay.show(
        'layout-edit',
        {
          tone: 'warning',
          title,
          body: [t('layoutEditNoOption', target.layout, text.layoutToUse)],
          anchor,
        },
        this.ctx.signal,
      );
      return;
    }
    if (plan.cells.length === 0) {
      this.overlay.show(
        'layout-edit',
        {
          tone: 'success',
          title,
          body: [t('layoutEditAllRight', target.layout, saveText)],
          anchor,
          highlight: save,
        },
        this.ctx.signal,
      );
      return;
    }
    const cells = plan.cells.flatMap(([row, column]) => {
      const cell = read.elements.cells[row]?.[column];
      return cell ? [cell] : [];
    });
    const chosen = read.data.layoutToUse === plan.layoutToUse;
    const own = this.#handsOff && !chosen;
    const layout = plan.layoutToUse;
    this.overlay.show(
      'layout-edit',
      {
        tone: own ? 'warning' : 'info',
        title,
        body: [
          own ? t('layoutEditOwnChoice') : '',
          chosen
            ? t('layoutEditChosen', layout, text.layoutToUse, saveText)
            : t('layoutEditApply', layout, text.layoutToUse),
        ].filter(Boolean),
        actions: chosen
          ? []
          : [{ label: t('actionApply'), primary: true, run: () => this.#choose(layout) }],
        anchor,
        highlight: [...cells, ...save],
      },
      this.ctx.signal,
    );
  }
}
