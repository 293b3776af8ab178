/**
 * Code the bench runs inside pages, as source text: tsx compiles functions with name helpers
 * (`__name`) that do not exist in a page, so nothing here is a serialized TypeScript function.
 */

/**
 * Installed by evaluateOnNewDocument in the main world of the install page: timestamps
 * (performance.now) when the security options and the third-party dialog enter the DOM, and
 * when the All Users radio / the dialog's checkbox become checked (their `change` events, seen
 * in the capture phase: the content script's click fires them in every world).
 */
export const REACTION_PROBE = `(() => {
  const probe = (window.__benchProbe = {});
  const label = (el) =>
    ((el.labels && el.labels[0] && el.labels[0].textContent) || '').replace(/\\s+/g, ' ').trim();
  new MutationObserver((records) => {
    const t = performance.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (probe.optionsAt === undefined && (node.matches('input[type=radio]') || node.querySelector('input[type=radio]'))) probe.optionsAt = t;
        if (probe.dialogAt === undefined && node.matches('[role=dialog]') && node.querySelector('input[type=checkbox]')) probe.dialogAt = t;
      }
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('change', (event) => {
    const t = performance.now();
    const el = event.target;
    if (!(el instanceof HTMLInputElement) || !el.checked) return;
    if (el.type === 'radio' && probe.radioAt === undefined && label(el) === 'Install for All Users') probe.radioAt = t;
    if (el.type === 'checkbox' && probe.boxAt === undefined && el.closest('[role=dialog]')) probe.boxAt = t;
  }, true);
})();`;

export interface ProbeMarks {
  optionsAt?: number;
  radioAt?: number;
  dialogAt?: number;
  boxAt?: number;
}

/** The admin clicks Install (main world); true when the button was there. */
export const CLICK_INSTALL = `(() => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Install');
  if (button) button.click();
  return Boolean(button);
})()`;

/** `report:get` round trips from an extension page, timed in the page (ms each). */
export const reportRoundTrips = (org: string, n: number) => `(async () => {
  const times = [];
  for (let i = 0; i < ${n}; i++) {
    const t = performance.now();
    await chrome.runtime.sendMessage({ type: 'report:get', org: ${JSON.stringify(org)} });
    times.push(performance.now() - t);
  }
  return times;
})()`;

/**
 * Run in the service worker: calls the CDP binding `__benchSeen(url)` for every `observe`
 * message a content script sends, beside the worker's own listener (it answers nothing).
 */
export const COUNT_OBSERVATIONS = `(() => {
  if (globalThis.__benchCounting) return true;
  globalThis.__benchCounting = true;
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (message && message.type === 'observe' && sender.tab && typeof globalThis.__benchSeen === 'function') {
      globalThis.__benchSeen(String(sender.url));
    }
  });
  return true;
})()`;
