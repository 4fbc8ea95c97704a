import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, deployment, siteUrlWarning } from '../../../src/lib/site/deployment.ts';

describe('siteUrlWarning', () => {
  it('says loudly, in French then English, that the permanent URLs point to localhost when SITE_URL is unset or blank', () => {
    for (const unset of [undefined, '', '   ']) {
      const warning = siteUrlWarning(unset);
      expect(warning).not.toBeNull();
      expect(warning).toContain('SITE_URL n’est pas défini');
      expect(warning).toContain(LOCAL_SITE_URL);
      expect(warning).toContain('SITE_URL=https://');
      expect(warning).toContain('WARNING: SITE_URL is unset');
    }
  });

  it('says nothing when SITE_URL is set', () => {
    expect(siteUrlWarning('https://example.org')).toBeNull();
  });

  it('is what a build without SITE_URL falls back to', () => {
    expect(deployment().absoluteUrl('/regions/laval/')).toBe(`${LOCAL_SITE_URL}/regions/laval/`);
  });
});
