import { describe, expect, it, vi } from 'vitest';
import type { PageContext } from '../../src/content/page';
import { perRun } from '../../src/content/shared/per-run';

const CONCERNS = ['first', 'second', 'third'] as const;
const contextOf = (controller = new AbortController()) =>
  ({ signal: controller.signal }) as PageContext;

describe('perRun: one setup per page run, shared by its features', () => {
  it('sets up once, starts the features in concern order whatever order they joined, then ready', async () => {
    const setup = vi.fn(async () => 'value');
    const calls: string[] = [];
    const join = perRun(CONCERNS, setup, (value) => calls.push(`ready:${value}`));
    const ctx = contextOf();
    join(ctx, 'third', (value) => calls.push(`third:${value}`));
    join(ctx, 'first', (value) => calls.push(`first:${value}`));
    join(ctx, 'second', (value) => calls.push(`second:${value}`));
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    expect(calls).toEqual(['first:value', 'second:value', 'third:value', 'ready:value']);
    expect(setup).toHaveBeenCalledTimes(1);
    // A feature joining later starts at once, without another setup.
    join(ctx, 'second', (value) => calls.push(`late:${value}`));
    expect(calls.at(-1)).toBe('late:value');
    expect(setup).toHaveBeenCalledTimes(1);
  });

  it('one failing start does not stop the others', async () => {
    const calls: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const join = perRun(
      CONCERNS,
      async () => 1,
      () => calls.push('ready'),
    );
    const ctx = contextOf();
    join(ctx, 'first', () => {
      throw new Error('broken');
    });
    join(ctx, 'second', () => calls.push('second'));
    await vi.waitFor(() => expect(calls).toEqual(['second', 'ready']));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('starts nothing when the setup answers null, or the run ended first', async () => {
    const started = vi.fn();
    const ready = vi.fn();
    const none = perRun(CONCERNS, async () => null, ready);
    const ctx = contextOf();
    none(ctx, 'first', started);
    const ended = new AbortController();
    let release: (value: string) => void = () => undefined;
    const later = perRun(CONCERNS, () => new Promise<string>((r) => (release = r)), ready);
    later(contextOf(ended), 'first', started);
    ended.abort();
    release('value');
    // Positive sign first: a third run on a live page does start.
    const live = vi.fn();
    perRun(
      CONCERNS,
      async () => 'x',
      () => undefined,
    )(contextOf(), 'first', live);
    await vi.waitFor(() => expect(live).toHaveBeenCalledWith('x'));
    expect(started).not.toHaveBeenCalled();
    expect(ready).not.toHaveBeenCalled();
  });

  it('each page run (signal) has its own setup', async () => {
    const setup = vi.fn(async () => 'v');
    const join = perRun(CONCERNS, setup, () => undefined);
    const a = vi.fn();
    const b = vi.fn();
    join(contextOf(), 'first', a);
    join(contextOf(), 'first', b);
    await vi.waitFor(() => expect(b).toHaveBeenCalled());
    expect(a).toHaveBeenCalled();
    expect(setup).toHaveBeenCalledTimes(2);
  });
});
