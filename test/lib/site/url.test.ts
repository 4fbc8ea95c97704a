import { describe, expect, it } from 'vitest';
import { deployment, localePath, unlocalisedPath } from '../../../src/lib/site/url.ts';

describe('deployment URLs (contract §9)', () => {
  it('default: at the root of http://localhost:4321', () => {
    const d = deployment();
    expect(d.withBase('/regions/laval/')).toBe('/regions/laval/');
    expect(d.absoluteUrl('/en/')).toBe('http://localhost:4321/en/');
    // The site's own functions, as tests build it (BASE_URL "/").
    expect(localePath('en', '/donnees/')).toBe('/en/donnees/');
    expect(unlocalisedPath('/en/donnees/')).toBe('/donnees/');
  });

  it('under a sub-path of another origin', () => {
    const d = deployment('/alliances', 'https://example.org/');
    expect(d.base).toBe('/alliances/');
    expect(d.withBase('/')).toBe('/alliances/');
    expect(d.withBase('/donnees/indicateurs.csv')).toBe('/alliances/donnees/indicateurs.csv');
    expect(d.absoluteUrl('/regions/laval/')).toBe('https://example.org/alliances/regions/laval/');
    expect(d.withoutBase('/alliances/en/regions/laval/')).toBe('/en/regions/laval/');
    expect(d.withoutBase('/alliances/')).toBe('/');
  });

  it('normalises the slashes of BASE_PATH', () => {
    for (const b of ['alliances', '/alliances', 'alliances/', '//alliances//']) expect(deployment(b).base).toBe('/alliances/');
    for (const b of ['', '/', '//']) expect(deployment(b).base).toBe('/');
  });
});
