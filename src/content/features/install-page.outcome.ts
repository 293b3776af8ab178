/**
 * The install page's outcome (the completion, long-install or failure message): recorded with the
 * worker first, so the card the admin sees means it is stored; the cards that pointed at the
 * options and the dialog go away.
 */
import { PACKAGES } from '../../core/plan';
import { observe } from '../observe';
import type { CardModel } from '../overlay/types';
import type { PageContext } from '../page';
import { type Outcome, outcomeIn } from '../read/install-page';
import { audienceLabel, type InstallRun, whenOurs } from '../shared/install-page';
import { t } from '../t';

export function init(ctx: PageContext): void {
  whenOurs(ctx, 'outcome', (run) => {
    const reported = new Set<string>();
    run.onChange('outcome', ({ folded }) => {
      const outcome = outcomeIn(document, folded);
      if (outcome === 'not-shown') run.outcomePending = true;
      else if (outcome) showOutcome(run, outcome, reported);
    });
  });
}

function showOutcome(run: InstallRun, outcome: Outcome, reported: Set<string>): void {
  const id = `${outcome.stage}:${'message' in outcome ? outcome.message : ''}`;
  if (reported.has(id)) return;
  reported.add(id);
  run.outcomeShown = true;
  for (const card of ['install', 'third-party', 'acknowledgement', 'identity'])
    run.overlay.remove(card);
  void reportOutcome(run, outcome);
}

async function reportOutcome(run: InstallRun, outcome: Outcome): Promise<void> {
  const { facts, spec } = run;
  const recorded = await observe(run.ctx, {
    kind: 'install-page',
    package: run.key,
    stage: outcome.stage,
    identifiedBy: run.identifiedBy,
    ...(facts.version && { version: facts.version }),
    ...(facts.versionId && { versionId: facts.versionId }),
    ...('message' in outcome && { message: outcome.message }),
  });
  const next = t('outcomeNext');
  const models: Record<typeof outcome.stage, CardModel> = {
    submitted: {
      tone: 'success',
      title: t('outcomeInstalledTitle', spec.title),
      body: [t('outcomeInstalled'), next],
    },
    'long-running': {
      tone: 'info',
      title: t('outcomeRunningTitle', spec.title),
      body: [t('outcomeRunning'), next],
    },
    failed: {
      tone: 'error',
      title: t('outcomeFailedTitle', spec.title),
      body: [
        'message' in outcome ? outcome.message : '',
        ...spec.requires.map((k) =>
          t('outcomeFailedRequires', PACKAGES[k].title, audienceLabel(PACKAGES[k].audience)),
        ),
        t('outcomeFailedFix'),
      ].filter(Boolean),
    },
  };
  const model = models[outcome.stage];
  if (!recorded) {
    model.body = [...(model.body ?? []), t('outcomeNotRecorded')];
  }
  run.overlay.show('outcome', { ...model, announce: model.title }, run.ctx.signal);
}
