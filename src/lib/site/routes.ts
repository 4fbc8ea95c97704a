/**
 * Every page exists once per site variant: French at the root, English
 * under /en/. A variant is a URL prefix, a language and the data it shows,
 * so a frozen edition can later be one more variant (`editions/<annee>`)
 * handed its own dataset, without copying any page.
 */
import type { Lang } from './format.ts';
import type { SiteData } from './data.ts';
import { currentSiteData } from './current.ts';

export interface Variant {
  /** The `[...prefix]` route parameter: undefined for French at the root. */
  readonly prefix: string | undefined;
  readonly lang: Lang;
  readonly data: SiteData;
}

export async function variants(): Promise<Variant[]> {
  const data = await currentSiteData();
  return [
    { prefix: undefined, lang: 'fr', data },
    { prefix: 'en', lang: 'en', data },
  ];
}
