/**
 * The data of the current build, read once from the pipeline's staging
 * folders. A frozen edition would call `loadSiteData` on its own folders.
 */
import { resolve } from 'node:path';
import { CACHE_DIR } from '../common/outputRoot.ts';
import { loadSiteData } from './data.ts';
import type { SiteData } from './data.ts';

let current: Promise<SiteData> | undefined;

export function currentSiteData(): Promise<SiteData> {
  current ??= loadSiteData({ datasets: resolve(CACHE_DIR, 'donnees'), site: resolve(CACHE_DIR, 'site') });
  return current;
}
