import { describe, expect, it } from 'vitest';
import { clip, LIMITS } from '../../src/core/limits';
import { installedPackageRowSchema, observationSchema } from '../../src/core/schemas';

describe('page text is clipped to what the worker stores', () => {
  it('clip keeps short text and marks cut text', () => {
    expect(clip('258.2', LIMITS.version)).toBe('258.2');
    const cut = clip('x'.repeat(500), LIMITS.version);
    expect(cut).toHaveLength(LIMITS.version);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('a clipped hostile row is valid where the raw one is refused', () => {
    const raw = {
      name: 'Salesforce CPQ',
      version: `258.2${'<img src=x onerror=alert(1)>'.repeat(3)}`,
    };
    expect(installedPackageRowSchema.safeParse(raw).success).toBe(false);
    const clipped = { ...raw, version: clip(raw.version, LIMITS.version) };
    expect(installedPackageRowSchema.safeParse(clipped).success).toBe(true);
  });

  it('every limit is enforced by the schema at exactly that length', () => {
    const license = (user: string) => ({
      kind: 'license',
      seenAt: '2026-11-27T00:00:00.000Z',
      url: 'https://x',
      user,
      hasCpqLicense: true,
    });
    expect(observationSchema.safeParse(license('u'.repeat(LIMITS.user))).success).toBe(true);
    expect(observationSchema.safeParse(license('u'.repeat(LIMITS.user + 1))).success).toBe(false);
  });
});
