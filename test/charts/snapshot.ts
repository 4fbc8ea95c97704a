/**
 * Chart snapshots, Plot's way: the test's name is the file name in
 * test/charts/output/, numbers in attributes are rounded to 2 decimals and
 * ids renumbered in order of appearance before comparing.
 */
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { expectGolden } from '../golden.ts';

const OUTPUT = new URL('./output/', import.meta.url);

/** Attributes whose text is words, not geometry: left as they are. */
const VERBATIM = new Set(['aria-label', 'aria-description', 'href', 'class', 'xmlns']);

export function normalize(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]*)"/g)) if (id !== undefined && !ids.has(id)) ids.set(id, `id-${ids.size}`);
  return (
    svg.replace(/(\s)([\w:-]+)="([^"]*)"/g, (_, space: string, name: string, value: string) => {
      let v = value;
      if (name === 'id') v = ids.get(v) ?? v;
      else if (!VERBATIM.has(name)) v = v.replace(/-?\d*\.\d+/g, (n) => String(Number(Number(n).toFixed(2)) || 0));
      v = v.replace(/#([^)\s"]+)/g, (m, id: string) => (ids.has(id) ? `#${ids.get(id)}` : m));
      return `${space}${name}="${v}"`;
    }) + '\n'
  );
}

export interface Link {
  readonly href: string;
  readonly label: string | undefined;
  readonly tabindex: string | undefined;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every `<a>` of the markup, in document order. */
export function links(svg: string): Link[] {
  return [...svg.matchAll(/<a\s[^>]*>/g)].map(([tag]) => ({ href: attr(tag, 'href') ?? '', label: attr(tag, 'aria-label'), tabindex: attr(tag, 'tabindex') }));
}

/** The links a keyboard reaches (bars repeating a label's link are skipped). */
export const focusable = (svg: string): Link[] => links(svg).filter((l) => l.tabindex !== '-1');

export function rootAttr(svg: string, name: string): string | undefined {
  return attr(/^<svg\s[^>]*>/.exec(svg)?.[0] ?? '', name);
}

/** What must hold for every chart, whatever its data. */
function expectAccessible(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).not.toMatch(/<g\s[^>]*aria-label/);
  // aria-label only on the root and on links.
  for (const [, tag] of svg.matchAll(/<(\w+)\s[^>]*aria-(?:label|description)=/g)) expect(['svg', 'a']).toContain(tag);
  expect(svg).not.toContain('font-family');
  const all = links(svg);
  expect(rootAttr(svg, 'role')).toBe(all.length ? 'group' : 'img');
  expect(rootAttr(svg, 'aria-label')).toBeTruthy();
  // A link the keyboard reaches has a name; one hidden with its group (a
  // bar repeating its label's link) is out of the tab order and unnamed; a
  // visible one out of the tab order (the page offers the same link
  // elsewhere: `tabStops: false`) keeps its name.
  const parsed = parseHTML(svg).document;
  for (const a of parsed.querySelectorAll('a')) {
    const label = a.getAttribute('aria-label');
    if (a.closest('[aria-hidden="true"]')) {
      expect(a.getAttribute('tabindex'), a.getAttribute('href') ?? '').toBe('-1');
      expect(label, a.getAttribute('href') ?? '').toBeNull();
    } else expect(label, a.getAttribute('href') ?? '').toBeTruthy();
  }
  expect(all.length).toBe(parsed.querySelectorAll('a').length);
  for (const [, size] of svg.matchAll(/font-size="([\d.]+)/g)) expect(Number(size)).toBeGreaterThanOrEqual(12);
}

/**
 * A snapshot test named `name` (→ test/charts/output/<name>.svg). `render`
 * runs twice: the same input must give the same bytes. `check` asserts what
 * the variant is for.
 */
export function chartTest(name: string, render: () => string, check: (svg: string) => void = () => {}): void {
  it(name, async () => {
    const svg = render();
    expect(render(), 'same input, same bytes').toBe(svg);
    expectAccessible(svg);
    check(svg);
    await expectGolden(normalize(svg), fileURLToPath(new URL(`${name}.svg`, OUTPUT)));
  });
}
