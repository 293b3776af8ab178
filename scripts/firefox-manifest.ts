/**
 * The Firefox manifest, derived from the one Vite + crxjs built for Chrome (dist/manifest.json).
 * Pure: no file system, so a unit test can pin it. `scripts/build-firefox.ts` applies it.
 *
 * Differences, and why:
 * - `background`: Firefox runs no extension service worker (`background.service_worker` is not
 *   supported in any release), it runs MV3 background *scripts* as an event page. crxjs's
 *   `service-worker-loader.js` is an ES module (`import './assets/…'`), so it becomes
 *   `scripts: [loader]` with `type: 'module'` (module background scripts: Firefox 112).
 * - `web_accessible_resources[].use_dynamic_url`: Chrome only, unknown to Firefox; dropped, as
 *   crxjs's own `browser: 'firefox'` mode does. The `matches` form of the key stays (Firefox 109).
 * - `minimum_chrome_version`: Chrome only; `strict_min_version` says it for Firefox.
 * - `browser_specific_settings`: `gecko.id` (required in MV3: web-ext lint's ADDON_ID_REQUIRED;
 *   a fixed id also keeps the extension's storage across reloads of a temporary add-on),
 *   `gecko.strict_min_version`, and `gecko.data_collection_permissions` (required for new
 *   extensions on AMO; the guide keeps everything in the browser's own storage and sends nothing
 *   anywhere, so `none`).
 *
 * Why 140.0: the first version that knows `data_collection_permissions` (below it web-ext lint
 * warns, KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION), and an ESR (Debian 12 ships 140 ESR and 153
 * ESR). Firefox for Android learnt the key in 142, hence `gecko_android`, which only states that
 * minimum: whether AMO offers the add-on on Android is chosen there, not here.
 * What the build itself needs is older: MV3 with `action`, `host_permissions` and
 * `web_accessible_resources` with `matches` (109), module background scripts (112),
 * `storage.session` (115), and MV3 host permissions granted at install instead of left for the
 * user to switch on site by site (127; the guide has no permission prompt of its own).
 */

export const GECKO_ID = 'sf-billing-install-guide@example.invalid';
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  extension_ids?: string[];
  use_dynamic_url?: boolean;
}

/** The part of a built manifest this transform reads; everything else is carried over as is. */
export interface BuiltManifest {
  manifest_version: number;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  web_accessible_resources?: WebAccessibleResource[];
  minimum_chrome_version?: string;
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

export function toFirefoxManifest(
  built: BuiltManifest,
  options: { id?: string; minVersion?: string } = {},
): Record<string, unknown> {
  if (built.manifest_version !== 3) {
    throw new Error(`expected a Manifest V3 build, got manifest_version ${built.manifest_version}`);
  }
  const worker = built.background?.service_worker;
  if (!worker) throw new Error('the built manifest has no background.service_worker');

  const out: Record<string, unknown> = {};
  // Same key order as the Chrome manifest, so the two diff cleanly.
  for (const [key, value] of Object.entries(built)) {
    switch (key) {
      case 'minimum_chrome_version':
      case 'browser_specific_settings':
        break;
      case 'background':
        out.background = { scripts: [worker], type: built.background?.type ?? 'module' };
        break;
      case 'web_accessible_resources':
        out.web_accessible_resources = (value as WebAccessibleResource[]).map(
          ({ use_dynamic_url: _chromeOnly, ...war }) => war,
        );
        break;
      default:
        out[key] = value;
    }
  }
  out.browser_specific_settings = {
    gecko: {
      id: options.id ?? GECKO_ID,
      strict_min_version: options.minVersion ?? FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return out;
}
