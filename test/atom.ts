/**
 * The Atom rules (RFC 4287) that can be checked offline, for the feed's unit
 * test and the built site's: well-formed XML, the required elements,
 * absolute links, RFC 3339 dates, unique entry ids.
 */
import { DOMParser } from 'linkedom';

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
    const updated = one(entry, 'updated', where)?.textContent ?? '';
    if (!RFC3339.test(updated)) problems.push(`${where}: updated is not RFC 3339`);
    const published = child(entry, 'published');
    if (published.length > 1) problems.push(`${where}: ${published.length} <published>`);
    const p = published[0]?.textContent;
    if (p !== undefined && !RFC3339.test(p ?? '')) problems.push(`${where}: published is not RFC 3339`);
    else if (p && RFC3339.test(updated) && new Date(p) > new Date(updated)) problems.push(`${where}: published after updated`);
    const alt = child(entry, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (!absolute(alt?.getAttribute('href') ?? null)) problems.push(`${where}: no absolute alternate link`);
    one(entry, 'summary', where);
    if (!child(entry, 'category').every((c) => c.getAttribute('term'))) problems.push(`${where}: category without term`);
  });
  return problems;
}
