import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type BuiltManifest,
  FIREFOX_MIN_VERSION,
  GECKO_ID,
  toFirefoxManifest,
} from '../../scripts/firefox-manifest';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

/** What crxjs makes of manifest.json for Chrome (dist/manifest.json), in the parts that matter. */
const built: BuiltManifest = {
  ...source,
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  content_scripts: [{ ...source.content_scripts[0], js: ['assets/index.ts-loader-abc.js'] }],
  web_accessible_resources: [
    {
      matches: source.content_scripts[0].matches,
      resources: ['assets/pages-abc.js', 'assets/mount-abc.js'],
      use_dynamic_url: false,
    },
  ],
};

describe('the Firefox manifest (npm run build:firefox)', () => {
  const firefox = toFirefoxManifest(built);

  it('runs the background as a module script, the loader crxjs built', () => {
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('declares its gecko id, minimum versions and that it collects no data', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(GECKO_ID).toBe('sf-billing-install-guide@example.invalid');
    expect(FIREFOX_MIN_VERSION).toBe('140.0');
  });

  it('drops the Chrome-only keys and keeps web_accessible_resources with their matches', () => {
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.web_accessible_resources).toEqual([
      {
        matches: source.content_scripts[0].matches,
        resources: ['assets/pages-abc.js', 'assets/mount-abc.js'],
      },
    ]);
  });

  it('carries everything else over unchanged, in the same order', () => {
    const changed = ['background', 'web_accessible_resources', 'minimum_chrome_version'];
    const same = (m: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(m).filter(([k]) => !changed.includes(k)));
    const { browser_specific_settings: _added, ...rest } = firefox;
    expect(same(rest)).toEqual(same(built));
    expect(Object.keys(rest)).toEqual(Object.keys(built).filter((k) => k in rest));
    // the permissions pinned for Chrome (tests/unit/manifest.test.ts) are the Firefox ones too
    expect(firefox.permissions).toEqual(source.permissions);
    expect(firefox.host_permissions).toEqual(source.host_permissions);
  });

  it('refuses what it cannot turn into a Firefox manifest', () => {
    expect(() => toFirefoxManifest({ ...built, manifest_version: 2 })).toThrow(/Manifest V3/);
    expect(() => toFirefoxManifest({ ...built, background: { scripts: ['bg.js'] } })).toThrow(
      /service_worker/,
    );
  });
});
