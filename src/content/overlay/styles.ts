/**
 * Overlay styles (the ring pulses three times, then rests: an endless box-shadow animation
 * repaints the whole page every frame), scoped by the shadow root. Salesforce Lightning Design System colours and
 * spacing (without loading SLDS), contrast checked against WCAG AA.
 * The rules live in overlay.css so the build minifies them (`?inline`: the text, not a stylesheet
 * injected into the page).
 */
export { default as OVERLAY_CSS } from './overlay.css?inline';
