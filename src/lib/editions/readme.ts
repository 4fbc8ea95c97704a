/**
 * The README of a revision's ZIP (contract §6, version 3), in French then
 * English: the edition, the revision, each revision's publication date,
 * data date and note up to this one, every file the ZIP holds with what it
 * holds, its size and SHA-256, where the manifest is (edition.json, which
 * has every file's SHA-256), the site's internal files left out of the ZIP
 * and where they are, and the licence. Pure, and made of this revision and
 * the earlier ones only: a later correction does not change an earlier
 * revision's ZIP.
 */
import { fileDate as date, integer } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/format.ts';
import { history, revisionDir } from './manifest.ts';
import type { EditionManifest } from './manifest.ts';
import type { RevisionFile } from './contents.ts';

/** The name of the README inside each revision's folder of the ZIP. */
export const README = 'README.md';

/** Absolute URLs the README names. */
export interface ReadmeLinks {
  /** The edition's permanent page, in each language (`…/editions/2024-2025/`). */
  readonly edition: Readonly<Record<Lang, string>>;
  /** The folder of the edition's files (`…/editions/2024-2025/fichiers/`): edition.json and revision-N/ are in it. */
  readonly files: string;
}

const DEFAULT_LICENCE = 'Creative Commons Attribution 4.0 (CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/';

/** The licences a package names, as one line; CC BY 4.0 (the site's) when it names none. */
function licence(datapackage: string | null): string {
  try {
    const pkg = JSON.parse(datapackage ?? '') as { licenses?: Array<{ name?: string; title?: string; path?: string }> };
    const names = (pkg.licenses ?? []).map((l) => [l.title, l.name && l.title ? `(${l.name})` : l.name, l.path && `, ${l.path}`].filter(Boolean).join(' ').replace(' ,', ','));
    return names.length > 0 ? names.join('; ') : DEFAULT_LICENCE;
  } catch {
    return DEFAULT_LICENCE;
  }
}

const TEXT = {
  fr: {
    heading: (annee: string, revision: number) => `Alliances pour la solidarité — édition ${annee}, révision ${revision}`,
    fictional: '**Données fictives.** Cette édition est figée à partir de l’échantillon de démonstration : elle ne décrit aucune initiative réelle.',
    intro: (annee: string, revision: number) =>
      `Cette archive contient les fichiers de la révision ${revision} de l’édition ${annee} du tableau de bord public des Alliances pour la solidarité, tels que publiés : ils ne changent plus. Une correction s’ajoute comme nouvelle révision, sans effacer celle-ci.`,
    revisions: 'Révisions',
    revisionLine: (n: number, published: string, asOf: string) => `Révision ${n}, publiée le ${published}, données au ${asOf}`,
    later: (url: string) => `Une révision plus récente peut avoir été publiée depuis\u00a0: ${url}`,
    permanent: 'Adresse permanente de l’édition',
    manifest: (url: string) => `Le manifeste de l’édition, avec la taille et l’empreinte SHA-256 de chaque fichier de chaque révision\u00a0: ${url}`,
    files: 'Fichiers de cette archive',
    header: '| Fichier | Contenu | Octets | SHA-256 |',
    site: (url: string) => `Fichiers internes du site, hors de cette archive : le site affiche les pages de l’édition à partir d’eux, le manifeste les couvre et ils restent téléchargeables sous ${url}`,
    licence: 'Licence',
  },
  en: {
    heading: (annee: string, revision: number) => `Alliances pour la solidarité — ${annee} edition, revision ${revision}`,
    fictional: '**Fictional data.** This edition is frozen from the demonstration sample: it describes no real initiative.',
    intro: (annee: string, revision: number) =>
      `This archive holds the files of revision ${revision} of the ${annee} edition of the Alliances pour la solidarité public dashboard, as published: they no longer change. A correction is added as a new revision, without erasing this one.`,
    revisions: 'Revisions',
    revisionLine: (n: number, published: string, asOf: string) => `Revision ${n}, published on ${published}, data as of ${asOf}`,
    later: (url: string) => `A later revision may have been published since: ${url}`,
    permanent: 'Permanent address of the edition',
    manifest: (url: string) => `The edition’s manifest, with the size and SHA-256 of every file of every revision: ${url}`,
    files: 'Files in this archive',
    header: '| File | What it holds | Bytes | SHA-256 |',
    site: (url: string) => `The site’s internal files, not in this archive: the site renders the edition’s pages from them, the manifest covers them and they stay downloadable under ${url}`,
    licence: 'Licence',
  },
} as const;

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function section(lang: Lang, m: EditionManifest, revision: number, files: readonly RevisionFile[], datapackage: string | null, links: ReadmeLinks): string[] {
  const T = TEXT[lang];
  // French puts a no-break space before a colon.
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const note = (text: string): string => (!text ? '.' : lang === 'fr' ? `${colon}${text}` : `; note (in French): ${text}`);
  const shown = history(m).filter((h) => h.revision <= revision);
  const inZip = files.filter((f) => f.role !== 'site');
  const site = files.filter((f) => f.role === 'site');
  return [
    `## ${T.heading(m.annee, revision)}`,
    '',
    ...(m.fictif ? [T.fictional, ''] : []),
    T.intro(m.annee, revision),
    '',
    `### ${T.revisions}`,
    '',
    ...shown.map((h) => `- ${T.revisionLine(h.revision, date(h.date, lang), date(h.donnees_au, lang))}${note(h.note)}`),
    '',
    T.later(links.edition[lang]),
    '',
    `${T.permanent}${colon}${links.edition[lang]}`,
    '',
    T.manifest(`${links.files}edition.json`),
    '',
    `### ${T.files}`,
    '',
    T.header,
    '|---|---|---:|---|',
    ...inZip.map((f) => {
      const d = f[lang];
      return `| ${f.name} | ${cell(d.description ? `${d.title}. ${d.description}` : d.title)} | ${integer(f.octets, lang)} | ${f.sha256} |`;
    }),
    ...(site.length > 0 ? ['', T.site(`${links.files}${revisionDir(revision)}/site/`), '', ...site.map((f) => `- ${f.name}${colon}${f[lang].title}`)] : []),
    '',
    `### ${T.licence}`,
    '',
    licence(datapackage),
    '',
  ];
}

/** The README's text: French, then English. */
export function zipReadme(m: EditionManifest, revision: number, files: readonly RevisionFile[], datapackage: string | null, links: ReadmeLinks): string {
  return [
    `# Alliances pour la solidarité — ${m.annee} (${revisionDir(revision)})`,
    '',
    'Français ci-dessous; English follows.',
    '',
    ...section('fr', m, revision, files, datapackage, links),
    ...section('en', m, revision, files, datapackage, links),
  ].join('\n');
}
