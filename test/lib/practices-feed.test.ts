/**
 * The Atom feed of practices (issue #10 item 4): a golden file, and the
 * rules of RFC 4287 that can be checked offline — well-formed XML, the
 * required elements, absolute links, RFC 3339 dates, unique entry ids.
 */
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from '../../src/lib/ingest/types.ts';
import { practicesOf } from '../../src/lib/practices/model.ts';
import { feedOrder, practiceFeed, yearEnd } from '../../src/lib/practices/feed.ts';
import type { FeedOptions } from '../../src/lib/practices/feed.ts';
import { expectGolden } from '../golden.ts';

const row = (o: Partial<InitiativeRow>): InitiativeRow => ({
  annee: '2024-2025', region: '13', region_nom: 'Laval', alliance: '13', id: 'A', titre: 'Titre', organisme: 'Org', mrc: null,
  priorite: 'prejuges', priorite_regionale: null, statut: 'en-cours', date_debut: '2024-11-01', date_fin: null, montant_fqis: 100,
  autres_contributions: null, personnes_rejointes: null, cibles_atteintes: null, nb_organisations: null, secteurs: null,
  mise_en_commun: null, participation_personnes: null, pratique_gagnante: true, description: null, resultats: null, lien: null, ...o,
});

const ROWS: InitiativeRow[] = [
  row({ id: 'A', titre: 'Épicerie solidaire', annee: '2024-2025' }),
  row({ id: 'A', titre: 'Épicerie solidaire', annee: '2025-2026', description: 'Des paniers « à prix coûtant » & un <b>comptoir</b> 🍎' }),
  row({ id: 'Été 2025/B', titre: 'Cuisines "collectives" <script>alert(1)</script>', annee: '2025-2026', organisme: 'L’Entraide\u0007' }),
  row({ id: 'C', region: '04', region_nom: 'Mauricie', titre: 'Accompagnement vers l’emploi', annee: '2024-2025', priorite: 'emploi' }),
  row({ id: 'D', titre: 'Transport collectif rural', annee: '2025-2026', pratique_gagnante: false }),
];

const SITE = 'https://exemple.org/alliances';
const options = (lang: 'fr' | 'en'): FeedOptions => ({
  lang,
  title: lang === 'fr' ? 'Pratiques gagnantes' : 'Winning practices',
  subtitle: 'Sous-titre',
  author: 'Alliances pour la solidarité',
  selfUrl: `${SITE}${lang === 'fr' ? '' : '/en'}/pratiques/flux.xml`,
  alternateUrl: `${SITE}${lang === 'fr' ? '' : '/en'}/pratiques/`,
  updated: '2026-05-01T12:34:56.789Z',
  entryUrl: (p) => `${SITE}${lang === 'fr' ? '' : '/en'}/pratiques/${p.key}/`,
  priorityLabel: (code) => `Priorité ${code}`,
  regionName: (p) => p.latest.region_nom,
});

/** Strict enough for what we write: balanced tags, quoted attributes, known entities, no stray `<` or `&`. */
function wellFormed(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, close, name, , selfClosing, text, stray] = m;
    if (stray) problems.push(`stray < at ${m.index}`);
    else if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(text)) problems.push(`bare & in ${text.slice(0, 40)}`);
      // eslint-disable-next-line no-control-regex -- finding them is the point
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) problems.push('control character');
      if (stack.length === 0 && text.trim()) problems.push('text outside the root');
    } else if (close) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (!selfClosing) stack.push(name!);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  for (const m of xml.matchAll(/\s[\w:.-]+="([^"]*)"/g)) if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[1]!)) problems.push(`bare & in attribute ${m[1]}`);
  return problems;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const absolute = (href: string | null): boolean => href !== null && /^https?:\/\/[^/]+\//.test(href);

/** The Atom rules checked offline; returns the problems found. */
export function atomProblems(xml: string): string[] {
  const problems = wellFormed(xml);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const feed = doc.documentElement as unknown as Element | null;
  if (feed?.localName !== 'feed' || feed.getAttribute('xmlns') !== 'http://www.w3.org/2005/Atom') return [...problems, 'root is not an Atom <feed>'];
  const child = (el: Element, name: string): Element[] => [...el.children].filter((c) => c.localName === name);
  const one = (el: Element, name: string, where: string): Element | undefined => {
    const found = child(el, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}>, expected 1`);
    return found[0];
  };
  for (const name of ['id', 'title', 'updated']) one(feed, name, 'feed');
  if (!child(feed, 'author').some((a) => child(a, 'name')[0]?.textContent?.trim())) problems.push('feed: no author name');
  const links = child(feed, 'link');
  for (const rel of ['self', 'alternate']) {
    const l = links.find((x) => x.getAttribute('rel') === rel);
    if (!absolute(l?.getAttribute('href') ?? null)) problems.push(`feed: link rel=${rel} missing or not absolute`);
  }
  if (!RFC3339.test(child(feed, 'updated')[0]?.textContent ?? '')) problems.push('feed: updated is not RFC 3339');
  const ids = new Set<string>();
  child(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = one(entry, 'id', where)?.textContent ?? '';
    if (!/^(https?:\/\/|tag:|urn:)/.test(id)) problems.push(`${where}: id is not an IRI`);
    if (ids.has(id)) problems.push(`${where}: duplicate id ${id}`);
    ids.add(id);
    if (!one(entry, 'title', where)?.textContent?.trim()) problems.push(`${where}: empty title`);
    if (!RFC3339.test(one(entry, 'updated', where)?.textContent ?? '')) problems.push(`${where}: updated is not RFC 3339`);
    const alt = child(entry, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (!absolute(alt?.getAttribute('href') ?? null)) problems.push(`${where}: no absolute alternate link`);
    one(entry, 'summary', where);
    if (!child(entry, 'category').every((c) => c.getAttribute('term'))) problems.push(`${where}: category without term`);
  });
  return problems;
}

describe('practiceFeed', () => {
  const { practices } = practicesOf(ROWS);

  it('matches its golden files in each language', async () => {
    const root = join(import.meta.dirname, '../fixtures/feed');
    await expectGolden(practiceFeed(practices, options('fr')), join(root, 'flux-fr.xml'));
    await expectGolden(practiceFeed(practices, options('en')), join(root, 'flux-en.xml'));
  });

  it('follows the Atom rules that can be checked offline', () => {
    for (const lang of ['fr', 'en'] as const) expect(atomProblems(practiceFeed(practices, options(lang)))).toEqual([]);
  });

  it('lists the newest first: last reported year, then title', () => {
    expect(feedOrder(practices).map((p) => p.key)).toEqual(['laval/ete-2025-b', 'laval/a', 'mauricie/c']);
    expect(practices).toHaveLength(3);
  });

  it('escapes export text: no markup, no control character, one entry per practice', () => {
    const xml = practiceFeed(practices, options('fr'));
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('\u0007');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
  });

  it('dates an entry by the end of its last reporting year, never after the feed', () => {
    expect(yearEnd('2024-2025')).toBe('2025-03-31T00:00:00Z');
    const xml = practiceFeed(practices, { ...options('fr'), updated: '2026-01-15T00:00:00Z' });
    expect(xml).toContain('<updated>2026-01-15T00:00:00Z</updated>\n    <link rel="alternate" type="text/html" href="https://exemple.org/alliances/pratiques/laval/a/"/>');
    expect(xml).toContain('<updated>2025-03-31T00:00:00Z</updated>');
  });

  it('catches what the checker is for (a broken feed fails it)', () => {
    const good = practiceFeed(practices, options('fr'));
    expect(atomProblems(good.replace('<updated>2026-05-01T12:34:56Z</updated>', '<updated>1 mai 2026</updated>'))).toContain('feed: updated is not RFC 3339');
    expect(atomProblems(good.replace(/href="https:\/\/exemple\.org\/alliances\/pratiques\/mauricie\/c\/"/, 'href="/pratiques/mauricie/c/"')).some((p) => p.includes('no absolute alternate link'))).toBe(true);
    expect(atomProblems(good.replace('&amp;', '&')).some((p) => p.startsWith('bare &'))).toBe(true);
    expect(atomProblems(good.replace('</summary>', '')).length).toBeGreaterThan(0);
  });
});
