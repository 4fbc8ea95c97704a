/** Maps in Chromium: keyboard access, one link per region, the no-JS switch. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { launch, openPage } from '../../tools/browser/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('overview map', () => {
  it('has exactly one link per region for a screen reader (not hidden), each named with its value', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`);
    const links = await page.locator('figure.map .map__variant').first().locator('.chart__svg--wide a:not([aria-hidden="true"] a)').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), name: a.getAttribute('aria-label') })),
    );
    expect(links.map((l) => l.href).sort()).toEqual(REGIONS.map((r) => `/regions/${r.slug}/`).sort());
    for (const l of links) expect(l.name).toMatch(/\u00a0: .*\$|aucune donnée/);
    await context.close();
  });

  it('no region of the map is a Tab stop; its table has every region\'s link, Tab reaches them and Enter opens the page', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`);
    // Issue #21: 17 regions were 17 Tab stops (more with the bars' labels); the map's links now leave the tab order.
    expect(await page.locator('figure.map svg a:not([tabindex="-1"])').count()).toBe(0);
    const tableLinks = page.locator('figure.map details.chart__data tbody th a');
    expect((await tableLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(REGIONS.map((r) => `/regions/${r.slug}/`).sort());
    // From the keyboard: Tab to the table's summary, open it, Tab to Laval.
    let onSummary = false;
    for (let i = 0; i < 150 && !onSummary; i++) {
      await page.keyboard.press('Tab');
      onSummary = await page.evaluate(() => document.activeElement?.matches('figure.map details.chart__data > summary') ?? false);
      expect(await page.evaluate(() => document.activeElement?.closest('svg') === null)).toBe(true);
    }
    expect(onSummary).toBe(true);
    await page.keyboard.press('Enter');
    let lavalFocused = false;
    for (let i = 0; i < REGIONS.length + 1 && !lavalFocused; i++) {
      await page.keyboard.press('Tab');
      lavalFocused = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/regions/laval/');
    }
    expect(lavalFocused).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/regions/laval/');
    expect(await page.locator('h1').textContent()).toBe('Laval');
    await context.close();
  });

  it('a region is still a link for the pointer: a click on Laval in the inset opens its page', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`);
    const laval = page.locator('figure.map .map__variant').first().locator('.chart__svg--wide a[href="/regions/laval/"]').last();
    await laval.scrollIntoViewIfNeeded();
    const point = await laval.evaluate(interiorPoint);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForURL('**/regions/laval/');
    await context.close();
  });

  it('switches variable without JavaScript', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/en/`, { javaScript: false });
    const shown = () => page.locator('figure.map .map__variant').evaluateAll((vs) => vs.filter((v) => getComputedStyle(v).display !== 'none').map((v) => (v as HTMLElement).dataset['variable']));
    expect(await shown()).toEqual(['fqis']);
    await page.locator('figure.map label', { hasText: 'Persons reached' }).click();
    expect(await shown()).toEqual(['persons']);
    await context.close();
  });
});

describe('region and priority maps', () => {
  it('a region page shows its locator and, when MRC are named, its MRC map with their attribution', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/mauricie/`);
    expect(await page.locator('.locator svg').count()).toBe(1);
    expect(await page.locator('figure.map').count()).toBe(1);
    expect(await page.locator('figure.map').textContent()).toContain('CC BY 4.0');
    await context.close();
  });

  it('a priority page shows the regional map for that priority', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/priorites/prejuges/`);
    // The FQIS and per-inhabitant variants: only the chosen one is shown; its regions are links, out of the tab order (issue #21), and the table has them.
    expect(await page.locator('figure.map .map__variant[data-variable="fqis"] .chart__svg--wide a:not([aria-hidden="true"] a)').count()).toBe(REGIONS.length);
    expect(await page.locator('figure.map .chart__svg--wide a:not([aria-hidden="true"] a) >> visible=true').count()).toBe(REGIONS.length);
    expect(await page.locator('figure.map svg a:not([tabindex="-1"])').count()).toBe(0);
    expect(await page.locator('figure.map details.chart__data tbody th a').count()).toBe(REGIONS.length);
    await context.close();
  });
});

/**
 * In the page: a point inside the link's shape where the pointer meets
 * that shape (the link's own path or `<use>`), or null.
 */
function interiorPoint(a: Element): { x: number; y: number } | null {
  const shape = a.firstElementChild as SVGGraphicsElement;
  const ref = shape.getAttribute('href');
  const geometry = (shape instanceof SVGUseElement && ref ? document.querySelector(ref) : shape) as SVGGeometryElement;
  const box = geometry.getBBox();
  const ctm = shape.getScreenCTM()!;
  for (let i = 1; i < 20; i++) {
    for (let j = 1; j < 20; j++) {
      const p = new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * j) / 20);
      if (!geometry.isPointInFill(p)) continue;
      const s = p.matrixTransform(ctm);
      if (s.x < 0 || s.y < 0 || s.x >= innerWidth || s.y >= innerHeight) continue;
      if (document.elementFromPoint(s.x, s.y) === shape) return { x: s.x, y: s.y };
    }
  }
  return null;
}

/**
 * In the page: around the outline of the hovered link's shape, the points
 * its highlight covers (the shape is hit there) where another region's
 * shape (a link's, or one in a group of shapes) is drawn over it and paints
 * something (a fill or a stroke that is not transparent). The small frame
 * that marks the inset's place on the overview map may cross the outline
 * of the regions around Montréal and Laval: it is not a neighbour.
 */
function hiddenOutline(a: Element): { points: number; hidden: number } {
  const shape = a.firstElementChild as SVGGraphicsElement;
  const ref = shape.getAttribute('href');
  const geometry = (shape instanceof SVGUseElement && ref ? document.querySelector(ref) : shape) as SVGGeometryElement;
  const ctm = shape.getScreenCTM()!;
  const paints = (e: Element): boolean => {
    if (!(e instanceof SVGGraphicsElement) || e instanceof SVGSVGElement || e instanceof SVGGElement || e instanceof SVGAElement) return false;
    if (e === shape || !e.closest('.carte a, .carte g[stroke]')) return false;
    const style = getComputedStyle(e);
    const opacity = (x: string): number => parseFloat(x || '1');
    const fill = style.fill !== 'none' && opacity(style.fillOpacity) > 0;
    const stroke = style.stroke !== 'none' && opacity(style.strokeOpacity) > 0 && parseFloat(style.strokeWidth) > 0;
    return (fill || stroke) && opacity(style.opacity) > 0;
  };
  const total = geometry.getTotalLength();
  let points = 0;
  let hidden = 0;
  for (let i = 0; i < 80; i++) {
    const at = geometry.getPointAtLength((total * i) / 80);
    const s = new DOMPoint(at.x, at.y).matrixTransform(ctm);
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const x = s.x + dx;
      const y = s.y + dy;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const stack = document.elementsFromPoint(x, y);
      const index = stack.indexOf(shape);
      if (index < 0) continue;
      points++;
      if (stack.slice(0, index).some(paints)) hidden++;
    }
  }
  return { points, hidden };
}

// Issue #21, item 5: a hovered region's outline was partly hidden by the neighbours drawn after it.
describe('a hovered region is drawn over its neighbours', () => {
  const cases = [
    { path: '/', map: 'figure.map .map__variant >> nth=0', label: 'overview map' },
    { path: '/regions/monteregie/', map: 'figure.map', label: 'Montérégie\'s MRC map' },
  ];
  for (const { path, map, label } of cases) {
    it(`${label} (${path}): no part of the hovered shape's outline lies under another drawn shape`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`);
      const svg = page.locator(map).locator('.chart__svg--wide svg');
      await svg.scrollIntoViewIfNeeded();
      // Handles, not nth(i): a hovered link may move in the document (drawn last).
      const links = await svg.locator('a:not([aria-hidden="true"] a)').elementHandles();
      expect(links.length).toBeGreaterThanOrEqual(10);
      const problems: string[] = [];
      for (const link of links) {
        await link.scrollIntoViewIfNeeded();
        const point = await link.evaluate(interiorPoint);
        if (!point) continue;
        await page.mouse.move(point.x, point.y);
        expect(await link.evaluate((a) => (a as Element).matches(':hover'))).toBe(true);
        const { points, hidden } = await link.evaluate(hiddenOutline);
        expect(points).toBeGreaterThan(20);
        if (hidden > 0) problems.push(`${await link.getAttribute('aria-label')}: ${hidden} of ${points} points`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
