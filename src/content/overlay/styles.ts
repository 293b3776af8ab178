/**
 * Overlay styles (the ring pulses three times, then rests: an endless box-shadow animation
 * repaints the whole page every frame), scoped by the shadow root. Salesforce Lightning Design System colours and
 * spacing (without loading SLDS), contrast checked against WCAG AA.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  position: fixed; width: 340px; max-height: calc(100vh - 16px); overflow: auto;
  pointer-events: auto; background: #fff; color: #181818;
  font: 13px/1.45 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  border: 1px solid #c9c9c9; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18);
}
.panel.collapsed { width: auto; }
.bar { display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 4px 8px 4px 12px; background: #032d60; color: #fff; border-radius: 7px 7px 0 0; }
.panel.collapsed .bar { border-radius: 7px; }
.brand { font-weight: 700; font-size: 12px; letter-spacing: .02em; }
.icon { background: transparent; color: #fff; border: 0; font-size: 14px; padding: 2px 6px; cursor: pointer; border-radius: 4px; }
.card { padding: 10px 12px; border-top: 1px solid #e5e5e5; border-left: 4px solid #0176d3; }
.card:first-of-type { border-top: 0; }
.card.success { border-left-color: #2e844a; }
.card.warning { border-left-color: #dd7a01; background: #fef1e4; }
.card.error { border-left-color: #ba0517; background: #fddde3; }
h2 { margin: 0 0 4px; font-size: 14px; font-weight: 700; }
p { margin: 4px 0; overflow-wrap: anywhere; }
.list { margin: 4px 0; padding-left: 18px; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
.items { list-style: none; margin: 4px 0; padding: 0; }
.item { display: flex; gap: 8px; padding: 3px 0; }
.mark { flex: 0 0 18px; height: 18px; border-radius: 50%; text-align: center; line-height: 18px; font-size: 11px; font-weight: 700; background: #e5e5e5; color: #3e3e3c; }
.item.done .mark { background: #2e844a; color: #fff; }
.item.in-progress .mark { background: #0176d3; color: #fff; }
.item.warning .mark, .item.blocked .mark { background: #ba0517; color: #fff; }
.text { display: flex; flex-direction: column; min-width: 0; }
.detail { color: #444; font-size: 12px; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; align-items: center; }
button { font: inherit; cursor: pointer; border-radius: 4px; padding: 4px 12px; border: 1px solid #c9c9c9; background: #fff; color: #0b5cab; }
button.primary { background: #0176d3; border-color: #0176d3; color: #fff; }
a { color: #0b5cab; }
button:focus-visible, a:focus-visible { outline: 3px solid #1b96ff; outline-offset: 2px; }
.ring { position: fixed; pointer-events: none; border: 3px solid #0176d3; border-radius: 6px;
  box-shadow: 0 0 0 4px rgba(1,118,211,.25); animation: pulse 1.6s ease-in-out 3; }
@keyframes pulse { 50% { box-shadow: 0 0 0 8px rgba(1,118,211,.1); } }
@media (prefers-reduced-motion: reduce) { .ring { animation: none; } }
.live, .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
