/**
 * The Atom feed of editions (contract §6, version 3): the Atom rules that
 * can be checked offline; one entry per publication and per correction,
 * newest first, each with its own dates, its note, the edition's permanent
 * URL and a stable id; the fictional sample says so; a feed of no edition is
 * still a feed.
 */
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { editionsFeed } from '../../../src/lib/editions/feed.ts';
import type { EditionsFeedOptions } from '../../../src/lib/editions/feed.ts';
import { verifyEditions } from '../../../src/lib/editions/store.ts';
import type { EditionManifest } from '../../../src/lib/editions/manifest.ts';
import { atomProblems } from '../../atom.ts';

const SITE = 'https://exemple.org/alliances';
const { manifests } = verifyEditions(fileURLToPath(new URL('../../../data/editions', import.meta.url)));
const options = (lang: 'fr' | 'en'): EditionsFeedOptions => {
  const prefix = lang === 'fr' ? '' : '/en';
  return { lang, selfUrl: `${SITE}${prefix}/editions/flux.xml`, alternateUrl: `${SITE}${prefix}/editions/`, editionUrl: (annee) => `${SITE}${prefix}/editions/${annee}/` };
};

interface ParsedEntry { id: string; title: string; published: string; updated: string; link: string | null; summary: string; term: string | null }

function parse(xml: string): { title: string; subtitle: string; updated: string; entries: ParsedEntry[] } {
  const feed = new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;
  const text = (el: Element, name: string): string => [...el.children].find((c) => c.localName === name)?.textContent ?? '';
  return {
    title: text(feed, 'title'),
    subtitle: text(feed, 'subtitle'),
    updated: text(feed, 'updated'),
    entries: [...feed.children].filter((c) => c.localName === 'entry').map((e) => ({
      id: text(e, 'id'), title: text(e, 'title'), published: text(e, 'published'), updated: text(e, 'updated'), summary: text(e, 'summary'),
      link: [...e.children].find((c) => c.localName === 'link')?.getAttribute('href') ?? null,
      term: [...e.children].find((c) => c.localName === 'category')?.getAttribute('term') ?? null,
    })),
  };
}

describe('editionsFeed', () => {
  it('follows the Atom rules that can be checked offline, in each language', () => {
    for (const lang of ['fr', 'en'] as const) expect(atomProblems(editionsFeed(manifests, options(lang)))).toEqual([]);
  });

  it('has one entry per publication and per correction, newest first, each with its own dates, note and permanent URL', () => {
    const feed = parse(editionsFeed(manifests, options('fr')));
    expect(feed.entries.map((e) => e.id)).toEqual([
      `${SITE}/editions/2025-2026/#revision-1`,
      `${SITE}/editions/2024-2025/#revision-2`,
      `${SITE}/editions/2024-2025/#revision-1`,
    ]);
    expect(feed.entries.map((e) => e.link)).toEqual([`${SITE}/editions/2025-2026/`, `${SITE}/editions/2024-2025/`, `${SITE}/editions/2024-2025/`]);
    expect(feed.entries.map((e) => e.published)).toEqual(['2026-11-20T00:00:00Z', '2026-02-16T00:00:00Z', '2025-12-15T00:00:00Z']);
    expect(feed.entries.map((e) => e.term)).toEqual(['publication', 'correction', 'publication']);
    expect(feed.updated).toBe('2026-11-20T00:00:00Z');
    const [, correction, publication] = feed.entries;
    expect(correction!.title).toBe('Édition 2024–2025 corrigée\u00a0: révision 2');
    expect(correction!.summary).toContain('Publiée le 16\u00a0février 2026; données au 10\u00a0février 2026.');
    expect(correction!.summary).toContain(manifests[0]!.revisions[0]!.note);
    expect(publication!.summary).toContain('Publiée le 15\u00a0décembre 2025; données au 28\u00a0novembre 2025.');
    expect(publication!.summary).toContain('Reddition de comptes annuelle 2024-2025 (exemple fictif).');
  });

  it('is in English under /en/, with the notes marked as French', () => {
    const feed = parse(editionsFeed(manifests, options('en')));
    expect(feed.entries[1]!.id).toBe(`${SITE}/en/editions/2024-2025/#revision-2`);
    expect(feed.entries[1]!.title).toBe('2024–2025 edition corrected: revision 2');
    expect(feed.entries[1]!.summary).toContain('Published on February 16, 2026; data as of February 10, 2026. Note (in French): Correction');
  });

  it('says the sample is fictional, and says nothing of it for real editions', () => {
    const fictional = parse(editionsFeed(manifests, options('fr')));
    expect(fictional.title).toContain('données fictives');
    expect(fictional.subtitle).toMatch(/^Données fictives/);
    expect(fictional.entries.every((e) => e.summary.startsWith('Données fictives. Publiée le'))).toBe(true);
    const real: EditionManifest[] = manifests.map((m) => ({ ...m, fictif: false }));
    const feed = parse(editionsFeed(real, options('en')));
    expect(`${feed.title} ${feed.subtitle} ${feed.entries.map((e) => e.summary).join(' ')}`).not.toMatch(/fictional/i);
  });

  it('escapes a note’s markup and drops the characters XML forbids', () => {
    const m: EditionManifest = { ...manifests[1]!, note: 'Fichiers <b>revus</b> & « corrigés »\u0007' };
    const xml = editionsFeed([m], options('fr'));
    expect(atomProblems(xml)).toEqual([]);
    expect(parse(xml).entries[0]!.summary).toContain('Note\u00a0: Fichiers <b>revus</b> & « corrigés »');
  });

  it('is a valid feed with no edition', () => {
    const xml = editionsFeed([], options('fr'));
    expect(parse(xml).entries).toEqual([]);
    expect(atomProblems(xml)).toEqual([]);
  });
});
