/**
 * What one revision of an edition holds, file by file (contract §6, version
 * 3): its size and SHA-256 from the manifest, and what it is — the public
 * files from the revision's own `datapackage.json` (resource title and
 * description, in French; English from publish/fieldsEnglish.ts), the data
 * package itself, and the site's internal files (`site/*.json`), which the
 * edition's pages are rendered from. Pure: the manifest and the package's
 * text in; the ZIP's README (downloads.ts) and the `/editions/` page list it.
 */
import { englishResource } from '../publish/fieldsEnglish.ts';
import { revisionDir, revisionFiles } from './manifest.ts';
import type { EditionManifest } from './manifest.ts';

export interface Described {
  /** A short title. */
  readonly title: string;
  /** More, when the package says more; null otherwise. */
  readonly description: string | null;
}

export interface RevisionFile {
  /** Its name in the revision (`indicateurs.csv`, `site/validation.json`). */
  readonly name: string;
  /** Its path in the edition's folder (`revision-2/indicateurs.csv`), the manifest's key. */
  readonly path: string;
  readonly octets: number;
  readonly sha256: string;
  /** `data`: a dataset (CSV, JSON, Excel); `package`: datapackage.json; `site`: the site's own files, not in the ZIP. */
  readonly role: 'data' | 'package' | 'site';
  readonly fr: Described;
  readonly en: Described;
}

export const PACKAGE = 'datapackage.json';

const PACKAGE_TEXT = {
  fr: { title: 'Description de tous les fichiers (Frictionless Data Package) : champs, types, licence, sources, version', description: null },
  en: { title: 'Description of every file (Frictionless Data Package): fields, types, licence, sources, version', description: null },
} as const;

/** The site's internal files: what each is, in one line. */
const SITE_FILES: Readonly<Record<string, { fr: string; en: string }>> = {
  'site/validation.json': {
    fr: 'Bilan de la validation des exportations lues : lignes reçues, publiées et rejetées par fichier (des comptes seulement)',
    en: 'Validation summary of the exports read: rows received, published and rejected per file (counts only)',
  },
  'site/fichiers.json': {
    fr: 'Les régions que nomme chaque fichier lu et ses avertissements de MRC, pour la page Données de l’édition',
    en: 'The regions each file read names, and its MRC warnings, for the edition’s data page',
  },
  'site/definitions.json': {
    fr: 'Les titres et les formules des indicateurs tels qu’à la publication',
    en: 'The indicators’ titles and formulas as they stood when published',
  },
  'site/indicateurs-regionaux.json': {
    fr: 'Les titres et les unités des indicateurs régionaux (R.*), dont indicateurs.csv n’a pas de colonne',
    en: 'The titles and units of the regional indicators (R.*), which indicateurs.csv has no column for',
  },
};

interface PackageResource {
  readonly name: string;
  readonly path: string;
  readonly title?: string;
  readonly description?: string;
}

/** The resources of a package's text; none when it is absent or unreadable. */
export function packageResources(text: string | null): PackageResource[] {
  if (text === null) return [];
  try {
    const pkg = JSON.parse(text) as { resources?: unknown };
    return Array.isArray(pkg.resources)
      ? pkg.resources.filter((r): r is PackageResource => typeof r === 'object' && r !== null && typeof (r as PackageResource).name === 'string' && typeof (r as PackageResource).path === 'string')
      : [];
  } catch {
    return [];
  }
}

/**
 * Every file of `revision`, each with what it holds: the package's
 * resources in its order, then the package, then any other public file,
 * then the site's files. `datapackage`: that revision's datapackage.json.
 */
export function revisionContents(m: EditionManifest, revision: number, datapackage: string | null): RevisionFile[] {
  const resources = new Map(packageResources(datapackage).map((r, i) => [r.path, { r, i }]));
  const names = revisionFiles(m, revision);
  const rank = (name: string): number => (resources.has(name) ? resources.get(name)!.i : name === PACKAGE ? 1e6 : name.startsWith('site/') ? 3e6 : 2e6);
  return [...names]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((name): RevisionFile => {
      const path = `${revisionDir(revision)}/${name}`;
      const { octets, sha256 } = m.fichiers[path]!;
      const base = { name, path, octets, sha256 };
      if (name === PACKAGE) return { ...base, role: 'package', ...PACKAGE_TEXT };
      if (name.startsWith('site/')) {
        const text = SITE_FILES[name] ?? { fr: 'Fichier interne du site', en: 'Internal file of the site' };
        return { ...base, role: 'site', fr: { title: text.fr, description: null }, en: { title: text.en, description: null } };
      }
      const r = resources.get(name)?.r;
      const fr: Described = { title: r?.title ?? name, description: r?.description ?? null };
      return { ...base, role: 'data', fr, en: (r && englishResource(r)) ?? fr };
    });
}
