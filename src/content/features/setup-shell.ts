/**
 * The Lightning Setup shell (top frame only). The Classic page it wraps has its own features in
 * its own frame; here the guide shows the on-page launcher: a small checklist of this org's
 * sequence with the next step's link, while the sequence is started and not finished. Reads
 * the URL, and finds the framed Classic page (`force-aloha-page`) only to keep the launcher
 * beside it: that page's own cards show inside it. Page facts: docs/salesforce/setup-shell.md.
 */
import { STEPS } from '../../core/plan';
import type { PageState } from '../../core/protocol/answers';
import { widthLeftOf } from '../overlay/room';
import type { CardItem, CardModel } from '../overlay/types';
import type { PageContext } from '../page';
import { t } from '../t';

export async function init(ctx: PageContext): Promise<void> {
  // Answers may arrive out of order (a slow hello, then a quick one after a write): only the
  // newest asked is shown.
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
    if (mine === asked && hello?.state && !ctx.signal.aborted) await showLauncher(ctx, hello.state);
  };
  // Other frames and tabs move this org on (Installed Packages in the frame below, the popup):
  // follow the worker's writes rather than show a stale checklist. Listening starts before the
  // first hello, so a write made while it is answered (the framed page's first observation) is
  // never missed.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 150);
  };
  const org = ctx.page.host.org;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !org) return;
    if (
      !Object.keys(changes).some(
        (k) => k === `org:${org}` || k === `launcher:${org}` || k === 'settings',
      )
    )
      return;
    later();
  };
  chrome.storage.onChanged.addListener(onChanged);
  ctx.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    chrome.storage.onChanged.removeListener(onChanged);
  });
  // The launcher keeps to the left of the framed page, whose size follows the window; the
  // shell draws (and redraws) that page after boot and on in-app navigation. Its box is read
  // when the browser reports a resize, with layout done (never forcing one of the page's).
  const setRoom = (width: number | null) => {
    if (width === (rooms.get(ctx) ?? null)) return;
    rooms.set(ctx, width);
    if (showing.has(ctx)) later();
  };
  const resized = new ResizeObserver(([entry]) => {
    if (entry) setRoom(widthLeftOf(entry.target.getBoundingClientRect(), viewport()));
  });
  let framed: Element | null = null;
  const follow = () => {
    const now = aloha.item(0);
    if (now === framed) return;
    if (framed) resized.unobserve(framed);
    framed = now;
    if (framed) resized.observe(framed);
    else setRoom(null);
  };
  ctx.watch(follow);
  follow();
  ctx.signal.addEventListener('abort', () => resized.disconnect());
  await refresh();
}

/** Runs whose launcher is shown now. */
const showing = new WeakSet<PageContext>();
/**
 * The launcher's width while the shell frames a Classic page: the column left of it (the Setup
 * tree's), so that it never covers the framed page's own cards. Null: its own width.
 */
const rooms = new WeakMap<PageContext, number | null>();
/** The shell's framed Classic page (docs/salesforce/hosts-and-frames.md), when it shows one. */
const aloha = document.getElementsByTagName('force-aloha-page');
const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

async function showLauncher(ctx: PageContext, state: PageState): Promise<void> {
  const progress = state.progress;
  const prefs = state.launcher ?? { collapsed: false, dismissed: false };
  const wanted =
    state.settings.launcher && progress?.started && progress.next !== null && !prefs.dismissed;
  if (!wanted || !progress || ctx.signal.aborted) {
    // Only remove a launcher shown: an unstarted org's Setup pages get no DOM at all.
    if (showing.delete(ctx)) (await ctx.overlay()).remove('launcher');
    return;
  }
  const overlay = await ctx.overlay();
  showing.add(ctx);
  const maxWidth = rooms.get(ctx);
  const set = async (change: { collapsed?: boolean; dismissed?: boolean }) => {
    const response = await ctx.send({ type: 'launcher:set', ...change });
    if (response?.state) await showLauncher(ctx, response.state);
  };
  const next = progress.next;
  const title = t('launcherTitle', progress.done, progress.total);
  let model: CardModel;
  if (prefs.collapsed) {
    model = {
      tone: 'info',
      title,
      body: next ? [t('launcherNext', next.title)] : [],
      actions: [{ label: t('launcherShow'), run: () => void set({ collapsed: false }) }],
      ...(maxWidth && { maxWidth }),
      corner: 'bottom-left',
    };
  } else {
    // The open phase's steps, in plan order, as the worker counts them (progress.phase).
    const items: CardItem[] = STEPS.filter((step) => step.phase === progress.phase).map((step) => {
      const status = state.steps?.[step.id]?.status ?? 'pending';
      const isNext = next?.step === step.id;
      return {
        label: isNext ? next.title : t(step.title),
        status,
        ...(isNext && {
          href: next.href,
          detail: t('launcherNextDetail', next.note ?? next.label),
        }),
      };
    });
    model = {
      tone: 'info',
      title,
      items,
      actions: [
        { label: t('launcherCollapse'), run: () => void set({ collapsed: true }) },
        { label: t('launcherHide'), run: () => void set({ dismissed: true }) },
      ],
      ...(next && { links: [{ label: next.label, href: next.href }] }),
      // Bottom left, narrowed to the column left of the Classic page framed on the right,
      // which carries its own cards.
      ...(maxWidth && { maxWidth }),
      corner: 'bottom-left',
    };
  }
  overlay.show('launcher', model, ctx.signal);
}
