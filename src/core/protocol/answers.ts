/**
 * What the worker answers, per request type and per sender: the other half of ./requests.ts.
 * Types only (content scripts import them); the popup validates its answers with
 * ./extension-answers.ts. Every request may also be answered with a Failure (./errors.ts).
 */
import type { PermsetsPageState } from '../config/permsets-page';
import type { NextLink } from '../deep-links';
import type { Environment } from '../hosts';
import type { OrgSettings } from '../org-settings';
import type { PackageKey, Phase, StepId, StepStatus } from '../plan';
import type { ProgressSummary, Report } from '../progress';
import type { LauncherPrefs, Settings } from '../schemas';
import type { SnapshotAnswer } from '../snapshot';
import type { Failure } from './errors';
import type { ContentRequest, ExtensionRequest, SiteRequest, TabRequest } from './requests';

/** Each step's status (and the version seen, for packages), as recognizers read it. */
export type StepStatuses = Record<StepId, { status: StepStatus; version?: string }>;

/** What the worker tells a recognizer about its org (content scripts never read reports). */
export interface PageState {
  org: string | null;
  /** The org's kind, decided in one place (src/background/views.ts). */
  environment: Environment;
  settings: Settings;
  steps: StepStatuses | null;
  /** The on-page checklist: progress, the next step's link, and this org's launcher choices. */
  progress?: {
    /** Done/total of the open phase (as the badge shows). */
    done: number;
    total: number;
    started: boolean;
    /** The phase being worked on; the plan's steps of it, in order, are the ones to list. */
    phase: Phase;
    phases: Record<Phase, { done: number; total: number }>;
    /**
     * The plan's order for content scripts (src/core/next-steps.ts): every open step whose
     * dependencies are settled, in plan order. Pages ask this, never their own "after X comes Y".
     */
    ready: StepId[];
    /** Steps the org's answers make unneeded (e.g. the ACH steps without ACH payments). */
    notNeeded?: StepId[];
    /** The next step, its title and link texts in the browser's UI language. */
    next: {
      step: StepId;
      title: string;
      label: string;
      href: string;
      note?: string;
    } | null;
  };
  launcher?: LauncherPrefs;
  /** The org's answers (profile names the layout and permission set pages check against). */
  orgAnswers?: OrgSettings;
  /** The install link the admin chose for this package version, if one was seen. */
  link?: {
    environment: Environment;
    host: string;
    release?: string;
    /** The package the link was listed for (Quote-to-Cash site, Stripe's docs). */
    package?: PackageKey;
    at: string;
  };
  /** What the admin said this package version is, when the page did not say. */
  answer?: PackageKey | 'other';
  /** The permission set steps' users seen and the org's admin profile (config/permsets-page.ts). */
  permsets?: PermsetsPageState;
}

/** One org the guide has progress for, as the Quote-to-Cash site recognizer sees it. */
export interface SiteOrg {
  org: string;
  environment: Environment;
  updatedAt: string;
  steps: PageState['steps'];
}

/** The worker's answer to `site:hello`: the org being worked on, and the others for a picker. */
export interface SiteState {
  /** The org picked on the site this browser session, else the most recently updated one. */
  current: string | null;
  /** Most recently updated first. */
  orgs: SiteOrg[];
}

/** An org in the popup's list. */
export interface OrgListEntry {
  org: string;
  environment: Environment;
  updatedAt: string;
  summary: ProgressSummary;
}

/** The report in the browser's UI language, with the org's decided environment and next link. */
export type ReportAnswer = Report & { next: NextLink | null };

export interface ContentAnswers {
  'page:hello': { ok: true; state: PageState };
  'install:answer': { ok: true; state: PageState };
  observe: { ok: true; state: PageState; summary?: ProgressSummary };
  'launcher:set': { ok: true; state: PageState };
  'snapshot:request': SnapshotAnswer;
  'snapshot:frame': { ok: true };
}

export interface SiteAnswers {
  'site:hello': { ok: true; site: SiteState };
  observe: { ok: true };
}

export interface ExtensionAnswers {
  'report:get': ReportAnswer;
  'report:list': { orgs: OrgListEntry[] };
  'step:set': ReportAnswer;
  'org:reset': { ok: true };
  'settings:get': { settings: Settings };
  'settings:set': { settings: Settings };
  'org-settings:get': { settings: OrgSettings };
  'org-settings:set': { settings: OrgSettings };
  'snapshot:tab': SnapshotAnswer;
}

type Types<R extends { type: string }> = R['type'];
// Every request has exactly one answer type, and every answer a request.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _mapsMatchRequests: [
  Same<keyof ContentAnswers, Types<ContentRequest>>,
  Same<keyof SiteAnswers, Types<SiteRequest>>,
  Same<keyof ExtensionAnswers, Types<ExtensionRequest>>,
] = [true, true, true];
void _mapsMatchRequests;

/** A content script's answer to request `M`, whichever of its senders it is. */
export type TabAnswer<M extends TabRequest> =
  | (M extends ContentRequest ? ContentAnswers[M['type']] : never)
  | (M extends SiteRequest ? SiteAnswers[M['type']] : never);

export type { Failure };
