/**
 * The sizes of a site's downloadable files, read from disk (the data page
 * shows each download's size): the files directly in its datasets folder
 * and in its templates folder, by path relative to that folder. A frozen
 * edition's folder holds its own files; what it lacks is simply absent.
 * The page data (src/pageData/data.ts) picks the ones it lists.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_DIR } from '../publish/templates.ts';
import type { SiteScope } from './data.ts';

/** Bytes of each file a site offers for download, by path within its datasets folder (`initiatives.csv`, `modeles/modele-alliances.csv`). */
export type DownloadSizes = Readonly<Record<string, number>>;

export function downloadSizes(site: Pick<SiteScope, 'files'>): DownloadSizes {
  const sizes: Record<string, number> = {};
  for (const sub of ['', TEMPLATE_DIR]) {
    const dir = join(site.files.dir, sub);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isFile()) sizes[sub === '' ? entry.name : `${sub}/${entry.name}`] = statSync(join(dir, entry.name)).size;
    }
  }
  return sizes;
}
