/**
 * The install page's Approve Third-Party Access dialog: ticks its grant-access checkbox (unless
 * auto-fill is off, or the page would not show an option the guide selected), lists the sites
 * and points at Continue (never clicks it). Also points out the non-Salesforce application
 * acknowledgement, which is the admin's own statement and never ticked.
 */

import type { DomChanges } from '../dom/changes';
import { isShown } from '../dom/find';
import type { Choice } from '../dom/options';
import { choose, isChosen } from '../dom/options';
import type { PageContext } from '../page';
import {
  findAcknowledgement,
  findGrantAccess,
  mentionsGrantAccess,
  type ThirdPartyDialog,
  thirdPartyDialog,
} from '../read/install-page';
import { type InstallRun, type PageChange, whenOurs } from '../shared/install-page';
import { t } from '../t';

export function init(ctx: PageContext): void {
  whenOurs(ctx, 'grant-access', (run) => {
    const dialog = new GrantAccessCard(run);
    run.onChange('grant-access', (change) => dialog.update(change));
  });
}

class GrantAccessCard {
  #ticked: Choice['text'] | null = null;
  /** The grant-access text was added to the page: look for its box until it shows. */
  #mentioned = false;
  #dialog: ThirdPartyDialog | null = null;
  #acknowledgement: Element | null = null;
  #drawn: unknown[] = [];

  constructor(readonly run: InstallRun) {}

  update({ changes, folded }: PageChange): void {
    this.#showDialog(changes, folded);
    this.#showAcknowledgement(changes);
  }

  /** The dialog: looked for once its text was added, re-read only when it changed. */
  #showDialog(changes: DomChanges, folded: string): void {
    const run = this.run;
    if (changes.all || mentionsGrantAccess(document, folded)) this.#mentioned = true;
    const known = this.#dialog;
    const stale =
      !known ||
      changes.all ||
      !known.checkbox.text.isConnected ||
      !isShown(known.checkbox.text) ||
      !known.container.isConnected ||
      (known.continueButton !== null && !known.continueButton.isConnected);
    if (stale) {
      const grant = this.#mentioned ? findGrantAccess(document) : null;
      this.#dialog = grant ? thirdPartyDialog(grant) : null;
    }
    const dialog = this.#dialog;
    if (!dialog) {
      if (this.#ticked) run.overlay.remove('third-party');
      this.#ticked = null;
      this.#drawn = [];
      return;
    }
    if (this.#ticked !== dialog.checkbox.text) {
      this.#ticked = dialog.checkbox.text;
      // An option the page would not show selected: the guide fills nothing more on this page.
      if (run.autofill && !run.notShown) {
        choose(dialog.checkbox);
        run.announce = t('thirdPartyTickedAnnounce');
      }
    }
    const ticked = isChosen(dialog.checkbox) === true;
    const drawnFrom = [dialog, ticked, run.announce];
    if (drawnFrom.every((value, i) => value === this.#drawn[i])) return;
    this.#drawn = drawnFrom;
    run.overlay.show(
      'third-party',
      {
        tone: ticked ? 'success' : 'info',
        title: t('thirdPartyTitle'),
        body: [t('thirdPartySites', run.spec.title)],
        list: dialog.sites,
        actions: ticked
          ? []
          : [
              {
                label: t('thirdPartyTick'),
                primary: true,
                run: () => {
                  choose(dialog.checkbox);
                  this.#drawn = [];
                  setTimeout(() => this.#showDialog({ all: false, records: [] }, ''), 0);
                },
              },
            ],
        anchor: dialog.container,
        highlight:
          ticked && dialog.continueButton
            ? [dialog.continueButton]
            : [dialog.checkbox.control ?? dialog.checkbox.text],
        announce: run.announce,
      },
      run.ctx.signal,
    );
  }

  /** Looked for only when the page added elements, until found. */
  #showAcknowledgement(changes: DomChanges): void {
    if (this.#acknowledgement?.isConnected) return;
    if (!changes.all && !changes.records.some((r) => r.addedNodes.length > 0)) return;
    const found = findAcknowledgement(document);
    if (!found) return;
    this.#acknowledgement = found.text;
    this.run.overlay.show(
      'acknowledgement',
      {
        tone: 'info',
        title: t('installAcknowledgeTitle'),
        body: [t('installAcknowledgeBody')],
        anchor: found.text,
        highlight: [found.box ?? found.text],
        announce: t('installAcknowledgeTitle'),
      },
      this.run.ctx.signal,
    );
  }
}
