/**
 * CPU time actually spent by Chromium's renderer processes, read from /proc (Linux): unlike
 * the wall-clock task durations of Performance.getMetrics, it does not grow when the machine
 * is busy with other work and the renderer waits for a core.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of one thread (ms), or null when it is gone. */
function threadCpuMs(pid: number, tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

export interface RendererCpu {
  /** main thread of each page renderer (not extension, not browser UI) */
  main: Map<number, number>;
  /** every thread of the extension's renderer processes (its service worker), summed */
  extension: number;
}

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** A snapshot of the renderers' CPU time in one browser. */
export async function rendererCpu(browser: Browser): Promise<RendererCpu> {
  const session = await browser.target().createCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await session.detach();
  const main = new Map<number, number>();
  let extension = 0;
  for (const p of processInfo) {
    if (p.type !== 'renderer') continue;
    const args = cmdline(p.id);
    if (args.includes('--extension-process')) extension += processCpuMs(p.id);
    else if (!args.includes('--top-chrome-webui')) {
      const ms = threadCpuMs(p.id, p.id);
      if (ms !== null) main.set(p.id, ms);
    }
  }
  return { main, extension };
}

/**
 * CPU spent between two snapshots: by the busiest page renderer's main thread (the page under
 * test; the others are idle) and by the extension's processes.
 */
export function cpuDelta(
  before: RendererCpu,
  after: RendererCpu,
): { mainMs: number; extensionMs: number } {
  let mainMs = 0;
  for (const [pid, ms] of after.main) mainMs = Math.max(mainMs, ms - (before.main.get(pid) ?? ms));
  return { mainMs, extensionMs: Math.max(0, after.extension - before.extension) };
}
