/**
 * The site's budgets (issue #3), measured, not asserted: the full build
 * time (pipeline + Astro) on the sample and at 10× the sample, JavaScript
 * shipped per page (gzip), and each page type's HTML size. Leaves dist/
 * built on the sample.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSample } from '../../tools/sample/index.ts';
import { ROOT } from '../paths.ts';
import { benchPages } from './pages.ts';
import { benchEditions } from './editions.ts';
import { benchSearch } from './search.ts';
import { indexSite } from '../../src/build/searchIndex.ts';

const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });
const kb = (bytes: number): string => `${fmt.format(bytes / 1024)} Ko`;

function timedBuild(dataDir: string | null): number {
  const started = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ...(dataDir ? { DATA_DIR: dataDir } : {}) },
  });
  return (performance.now() - started) / 1000;
}

export async function benchSite(): Promise<void> {
  const x10 = join(tmpdir(), 'alliances-bench-site-x10');
  if (!existsSync(join(x10, '.complete'))) {
    await mkdir(x10, { recursive: true });
    await generateSample({ seed: 2024, scale: 10, outDir: x10, faults: true });
    await writeFile(join(x10, '.complete'), '');
  }
  const seconds10 = timedBuild(x10);
  // Pagefind's share of the build (issue #10), indexing again the dist/ just built.
  const search10 = await indexSite(join(ROOT, 'dist'));
  const seconds1 = timedBuild(null);
  const search1 = await indexSite(join(ROOT, 'dist'));

  const dist = join(ROOT, 'dist');
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name));
  let maxJs = 0;
  let maxJsPage = '';
  const jsCache = new Map<string, number>();
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');
    let js = inline.length > 0 ? gzipSync(inline).length : 0;
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
      const src = m[1]!;
      if (!jsCache.has(src)) jsCache.set(src, gzipSync(readFileSync(join(dist, src))).length);
      js += jsCache.get(src)!;
    }
    if (js > maxJs) {
      maxJs = js;
      maxJsPage = `/${relative(dist, page).replace(/index\.html$/, '')}`;
    }
  }
  const size = (path: string): number => statSync(join(dist, path, 'index.html')).size;
  const regions = pages.filter((p) => p.includes(`${'/regions/'}`) && !p.includes('/en/'));
  const regionSizes = regions.map((p) => ({ page: `/${relative(dist, p).replace(/index\.html$/, '')}`, bytes: statSync(p).size }));
  const biggest = regionSizes.sort((a, b) => b.bytes - a.bytes)[0]!;

  console.log('');
  console.log('Site (budgets des issues #3 et #4)');
  console.log(`Construction complète (pipeline + Astro), échantillon et ses 2 éditions : ${fmt.format(seconds1)} s (cible < 60 s)`);
  console.log(`Construction complète à 10× l’échantillon : ${fmt.format(seconds10)} s`);
  console.log(`Pages : ${pages.length}; JavaScript max par page (gzip) : ${kb(maxJs)} sur ${maxJsPage} (cible ≤ 20 Ko)`);
  console.log(`HTML de la plus grosse page de région : ${kb(biggest.bytes)} (${biggest.page}; cible ≤ 250 Ko)`);
  // Map budgets (issue #4): the SVG of each pre-rendered map, as served.
  const svgs = (path: string): Array<{ width: string; bytes: number }> => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    return [...html.matchAll(/<div class="map__svg chart__svg--(wide|narrow)">(<svg[\s\S]*?<\/svg>)<\/div>/g)].map((m) => ({ width: m[1]!, bytes: Buffer.byteLength(m[2]!) }));
  };
  const overview = svgs('').filter((s) => s.width === 'wide');
  const sprite = Buffer.byteLength(/<svg[^>]*class="sprite"[\s\S]*?<\/svg>/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[0] ?? '');
  const mrcMaps = regions.flatMap((p) => svgs(relative(dist, p).replace(/index\.html$/, '')).filter((s) => s.width === 'wide').map((s) => ({ page: relative(dist, p), bytes: s.bytes })));
  const biggestMrc = mrcMaps.sort((a, b) => b.bytes - a.bytes)[0];
  console.log(`Carte d’ensemble (SVG, 640 px) : ${overview.map((s) => kb(s.bytes)).join(' / ')} pour FQIS / initiatives / personnes, plus ${kb(sprite)} de contours partagés par les trois et les deux largeurs (cible ≤ 60 Ko chacune, contours compris)`);
  if (biggestMrc) console.log(`Plus grosse carte des MRC d’une région (SVG, 640 px) : ${kb(biggestMrc.bytes)} (${biggestMrc.page}; cible ≤ 30 Ko)`);
  console.log(`HTML : accueil ${kb(size(''))}, indicateurs ${kb(size('indicateurs'))}, données ${kb(size('donnees'))}, pratiques ${kb(size('pratiques'))}`);
  await benchPages(dist);
  await benchSearch(dist, { x1: search1, x10: search10 });
  await benchEditions();
}
