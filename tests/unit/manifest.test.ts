import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostMatchPatterns } from '../../src/core/hosts';
import { builtManifest } from '../../src/manifest';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
// Read as JSON, like the browser reads it: the test looks at what the build writes.
const manifest = JSON.parse(JSON.stringify(builtManifest()));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** The documented permission set (README, "Permissions"). Any change must be argued there. */
describe('manifest', () => {
  it('asks for storage only', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('host permissions and content-script matches are exactly the Salesforce host table and the Quote-to-Cash install site', () => {
    const expected = [...hostMatchPatterns(), 'https://install.steelbrick.com/*'].sort();
    expect([...manifest.host_permissions].sort()).toEqual(expected);
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual(expected);
    expect(manifest.content_scripts[0].all_frames).toBe(true);
  });

  it('manifest.json types no host list: the build fills them from the host table', () => {
    expect(JSON.stringify(source)).not.toMatch(/salesforce|force\.com|steelbrick/);
    expect(source.host_permissions).toBeUndefined();
    expect(source.content_scripts[0].matches).toBeUndefined();
    expect(source.web_accessible_resources[0].matches).toBeUndefined();
  });

  it('exposes only the overlay page to those pages (the panel is framed there)', () => {
    const expected = [...hostMatchPatterns(), 'https://install.steelbrick.com/*'].sort();
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['src/overlay/index.html'], matches: expect.any(Array) },
    ]);
    expect(manifest.host_permissions).toHaveLength(25); // 12 domains × (plain, .mcas.ms) + the site
    expect([...manifest.web_accessible_resources[0].matches].sort()).toEqual(expected);
  });

  it('has no externally_connectable, no custom CSP, no remote code', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/http:\/\//);
  });

  it('is MV3 with a module service worker, versioned like package.json', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({
      service_worker: 'src/background/index.ts',
      type: 'module',
    });
    expect(manifest.version).toBe(pkg.version);
  });
});
