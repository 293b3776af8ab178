/**
 * The toolbar popup: the checklist of the org in the current tab (or ?org= / ?tabId=), its next
 * step as one button, manual confirm / skip / undo, reset, other orgs, export and settings.
 * Everything page-derived is rendered as text; the worker's `{ error }` answers are shown, never
 * thrown.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Environment } from '../core/hosts';
import type { OrgSettings } from '../core/org-settings';
import { reportView } from '../core/org-view';
import type { StepId } from '../core/plan';
import { newOrgProgress } from '../core/progress';
import type { ReportAnswer } from '../core/protocol/answers';
import { reportFileName, reportJson, reportMarkdown } from '../core/report-format';
import type { Settings } from '../core/schemas';
import { type MessageKey, t } from '../ui/t';
import {
  isFailure,
  type OrgListEntry,
  openTab,
  resolveTarget,
  send,
  type Target,
  workerError,
} from './api';
import {
  type ManualAction,
  NextStep,
  OrgHeader,
  RecoveredNotice,
  Steps,
  shortTitle,
} from './Checklist';
import { downloadText } from './download';
import { OrgQuestions } from './OrgQuestions';
import { ExportButtons, HowToStart, OrgList, orgChoices, ResetOrg, SettingsForm } from './Sections';
import { SnapshotSection } from './Snapshot';

interface Shown {
  org: string;
  report: ReportAnswer;
  /** No progress stored for this org yet: an empty checklist. */
  fresh: boolean;
}

const ANNOUNCE_ACTION: Readonly<Record<ManualAction, MessageKey>> = {
  done: 'popupAnnounceDone',
  skipped: 'popupAnnounceSkipped',
  pending: 'popupAnnounceReopened',
};

/** An org with no record yet: its empty checklist, environment and first link decided as the worker does. */
const emptyReport = (org: string, seen: Environment, settings?: OrgSettings): ReportAnswer =>
  reportView(newOrgProgress(org, 'unknown', new Date().toISOString()), t, settings, seen);

export function App() {
  const [target, setTarget] = useState<Target | null>(null);
  const [org, setOrg] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [orgs, setOrgs] = useState<OrgListEntry[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const busy = useRef(false);
  const focusAfter = useRef<StepId | null>(null);
  /** After switching orgs the clicked button is gone: focus the new org's heading. */
  const focusHeading = useRef(false);

  const refreshList = useCallback(async () => {
    const list = await send({ type: 'report:list' });
    if (isFailure(list)) setError(t('popupErrorList', workerError(list)));
    else setOrgs(list.orgs);
  }, []);

  const loadReport = useCallback(
    async (name: string) => {
      const tabEnvironment = target?.org === name ? target.environment : 'unknown';
      const answer = await send({ type: 'report:get', org: name, environment: tabEnvironment });
      if (!isFailure(answer)) {
        setShown({ org: name, report: answer, fresh: false });
        return;
      }
      if (answer.error !== 'no-progress') setError(t('popupErrorRead', name, workerError(answer)));
      setShown({ org: name, report: emptyReport(name, tabEnvironment), fresh: true });
    },
    [target],
  );

  // Which org, once; then settings and the list of orgs.
  useEffect(() => {
    void (async () => {
      const found = await resolveTarget(location.search);
      setTarget(found);
      setOrg(found.org);
      const answer = await send({ type: 'settings:get' });
      if (isFailure(answer)) setError(t('popupErrorLoadSettings', workerError(answer)));
      else setSettings(answer.settings);
      await refreshList();
    })();
  }, [refreshList]);

  useEffect(() => {
    if (org && target) void loadReport(org);
  }, [org, target, loadReport]);

  // After a manual change, keep keyboard focus in the row that changed (its buttons are replaced).
  useEffect(() => {
    if (shown && focusHeading.current) {
      focusHeading.current = false;
      document.querySelector<HTMLElement>('[data-org] h1')?.focus();
    }
    const step = focusAfter.current;
    if (!step || !shown) return;
    focusAfter.current = null;
    const row = document.querySelector<HTMLElement>(`[data-step="${step}"]`);
    row?.querySelector<HTMLButtonElement>('.actions button')?.focus();
  }, [shown]);

  const setStep = async (step: StepId, status: ManualAction) => {
    if (!shown || busy.current) return;
    busy.current = true;
    const answer = await send({ type: 'step:set', org: shown.org, step, status });
    busy.current = false;
    if (isFailure(answer)) {
      setError(t('popupErrorUpdate', shortTitle(step), workerError(answer)));
      return;
    }
    setError(null);
    focusAfter.current = step;
    setShown({ org: shown.org, report: answer, fresh: false });
    setAnnouncement(
      t(ANNOUNCE_ACTION[status], shortTitle(step), answer.summary.done, answer.summary.total),
    );
    await refreshList();
  };

  const reset = async (): Promise<boolean> => {
    if (!shown) return false;
    const answer = await send({ type: 'org:reset', org: shown.org });
    if (isFailure(answer)) {
      setError(t('popupErrorReset', shown.org, workerError(answer)));
      return false;
    }
    setError(null);
    setAnnouncement(t('popupAnnounceReset', shown.org));
    await Promise.all([loadReport(shown.org), refreshList()]);
    return true;
  };

  const changeSettings = async (change: Partial<Settings>) => {
    const before = settings;
    if (before) setSettings({ ...before, ...change });
    const answer = await send({ type: 'settings:set', settings: change });
    if (isFailure(answer)) {
      setSettings(before);
      setError(t('popupErrorSaveSettings', workerError(answer)));
    } else {
      setSettings(answer.settings);
    }
  };

  const saveOrgSettings = async (change: OrgSettings) => {
    if (!shown) return;
    const answer = await send({ type: 'org-settings:set', org: shown.org, settings: change });
    if (isFailure(answer)) {
      setError(t('popupErrorSaveOrgSettings', workerError(answer)));
      return;
    }
    setError(null);
    // The answers change which steps are needed: the worker's report says how. An org with no
    // progress yet has no report to ask for: its empty checklist is drawn with the answers.
    if (shown.fresh) {
      const environment = shown.report.environment;
      setShown({ ...shown, report: emptyReport(shown.org, environment, answer.settings) });
    } else await Promise.all([loadReport(shown.org), refreshList()]);
    setAnnouncement(t('popupAnnounceSettingsSaved', shown.org));
  };

  const open = async (href: string) => {
    const failed = await openTab(href);
    if (failed) setError(t('popupErrorOpen', href, workerError(failed)));
  };

  if (!target) {
    return (
      <main class="popup" aria-busy="true">
        <p class="muted pad">{t('popupLoading')}</p>
      </main>
    );
  }

  const pick = (name: string) => {
    focusHeading.current = true;
    setError(null);
    setShown(null);
    setOrg(name);
  };
  const errorBox = error && (
    <p class="notice notice-error" role="alert" data-error>
      {error}
    </p>
  );
  const live = (
    <p class="visually-hidden" aria-live="polite" data-announce>
      {announcement}
    </p>
  );

  if (!org) {
    return (
      <main class="popup">
        <header class="bar">
          <h1>{t('popupTitle')}</h1>
        </header>
        {errorBox}
        <HowToStart />
        <section class="orgs-section" aria-labelledby="orgs-heading">
          <h2 id="orgs-heading">{t('popupOrgsHeading')}</h2>
          <OrgList choices={orgChoices(orgs, null, 'unknown', null)} onPick={pick} />
        </section>
        <details class="more">
          <summary>{t('popupSettings')}</summary>
          <SettingsForm settings={settings} onChange={changeSettings} />
        </details>
        {live}
      </main>
    );
  }

  if (!shown || shown.org !== org) {
    return (
      <main class="popup" aria-busy="true">
        <p class="muted pad">{t('popupLoadingOrg', org)}</p>
        {errorBox}
      </main>
    );
  }

  const { report } = shown;
  const { environment, next: link } = report;
  const others = orgChoices(orgs, target.org, target.environment, org);

  const exportReport = (format: 'md' | 'json') => {
    const now = new Date();
    const text = format === 'md' ? reportMarkdown(report, now, t) : reportJson(report);
    const type = format === 'md' ? 'text/markdown;charset=utf-8' : 'application/json';
    downloadText(text, reportFileName(report, format, now), type);
    setAnnouncement(t('popupAnnounceDownloaded', format === 'md' ? 'Markdown' : 'JSON'));
  };

  return (
    <main class="popup">
      <OrgHeader org={org} environment={environment} report={report} />
      {errorBox}
      {report.recovered && <RecoveredNotice recovered={report.recovered} />}
      <NextStep
        report={report}
        link={link}
        fresh={shown.fresh}
        onOpen={open}
        onReport={() => exportReport('md')}
      />
      <Steps
        report={report}
        onSet={setStep}
        configureHead={
          <OrgQuestions key={org} settings={report.orgSettings ?? {}} onChange={saveOrgSettings} />
        }
      />
      <div class="more-group">
        <details class="more" data-section="orgs">
          <summary>{t('popupOtherOrgs', others.length)}</summary>
          <OrgList choices={others} onPick={pick} />
        </details>
        <details class="more" data-section="report">
          <summary>{t('popupReportAndReset')}</summary>
          <ExportButtons onExport={exportReport} />
          <ResetOrg key={org} org={org} onReset={reset} />
        </details>
        <details class="more" data-section="settings">
          <summary>{t('popupSettings')}</summary>
          <SettingsForm settings={settings} onChange={changeSettings} />
        </details>
        {target.from === 'tab' && <SnapshotSection />}
      </div>
      {live}
    </main>
  );
}
