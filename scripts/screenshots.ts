/**
 * `npm run screenshots -- [path ...]`: serves dist/ on loopback and saves
 * full-page PNGs of the given paths at phone (375 px) and desktop (1280 px)
 * widths in reports/screenshots/, to look at pages as readers see them.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tools/browser/chromium.ts';
import { serve } from '../tools/browser/server.ts';

// The dist/ of ALLIANCES_OUTPUT_ROOT when set (a build of other data, e.g. the hostile fixtures).
const root = process.env['ALLIANCES_OUTPUT_ROOT'] ? join(process.env['ALLIANCES_OUTPUT_ROOT'], 'dist') : fileURLToPath(new URL('../dist', import.meta.url));
const out = fileURLToPath(new URL('../reports/screenshots/', import.meta.url));
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const tiles = process.argv.includes('--tiles');
const widths = (process.argv.find((a) => a.startsWith('--widths='))?.slice(9) ?? '375,1280').split(',').map(Number);
await mkdir(out, { recursive: true });
const server = await serve(root);
const browser = await launch();
try {
  for (const path of paths.length > 0 ? paths : ['/']) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(server.url + path, { waitUntil: 'load' });
      const base = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'accueil'}-${width}`;
      if (tiles) {
        // Slices one screen high, legible when looked at one by one.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const step = Math.round(width * 1.1);
        for (let y = 0, i = 1; y < height; y += step, i++) {
          const name = `${base}-${String(i).padStart(2, '0')}.png`;
          await page.screenshot({ path: join(out, name), fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
          console.log(join('reports/screenshots', name));
        }
      } else {
        await page.screenshot({ path: join(out, `${base}.png`), fullPage: true });
        console.log(join('reports/screenshots', `${base}.png`));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
