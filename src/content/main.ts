/**
 * The content script's second stage: loaded by the first (./index.ts) only in a frame whose URL
 * is a page of the sequence (or when the worker asks for a page snapshot), so the many frames the
 * guide does not help never load it. Runs the recognized pages' features (./boot.ts) and answers
 * snapshot requests with what runs here.
 */
import type { PageId, PageUrl } from '../core/pages';
import { PageRunner } from './boot';

let runner: PageRunner | null = null;

/** Starts the features of `matched` pages (and aborts those of pages no longer matched). */
export function run(page: PageUrl, matched: readonly PageId[]): void {
  runner ??= new PageRunner(window === window.top);
  runner.run(page, matched);
}

export function stop(): void {
  runner?.stop();
}

export function answerSnapshot(request: string): Promise<void> {
  return import('./snapshot/snapshot-answer').then((m) => m.answerSnapshot(request, runner));
}
