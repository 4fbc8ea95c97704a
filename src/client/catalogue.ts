/**
 * The practice catalogue's live filtering (issue #10, item 2), a progressive
 * enhancement of src/components/views/Practices.astro: shows the facet form,
 * hides the items that do not match (any checked value within a facet, every
 * facet, and the search text as a substring of title, organisation or
 * description, accents and case ignored), announces the count, and keeps the
 * state in the URL query (`?priorite=…&secteur=…&q=…`, codes that both
 * languages read) so a filtered view can be shared, restored on load and on
 * back/forward, and carried by the language switch. Each option's count is
 * that of the practices matching every other facet and the search (issue
 * #19, part 3: standard faceted search); an option at zero is disabled
 * unless checked. Reads each item's data-* attributes: no data blob.
 */
const FACETS = ['region', 'priorite', 'secteur', 'annee', 'statut'] as const;

const form = document.querySelector<HTMLFormElement>('[data-catalogue-form]');
const countLine = document.querySelector<HTMLElement>('[data-catalogue-count]');

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

if (form && countLine) {
  const lang = document.documentElement.lang || 'fr';
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA');
  const rules = new Intl.PluralRules(lang === 'en' ? 'en-CA' : 'fr-CA');
  const items = [...document.querySelectorAll<HTMLElement>('.catalogue__item')].map((el) => ({
    el,
    text: fold([...el.querySelectorAll('[data-text]')].map((n) => n.textContent ?? '').join(' ')),
    values: Object.fromEntries(FACETS.map((f) => [f, (el.dataset[f] ?? '').split(' ')])) as Record<string, string[]>,
  }));
  const groups = [...document.querySelectorAll<HTMLElement>('[data-region-group]')];
  const total = items.length;
  const search = form.elements.namedItem('q') as HTMLInputElement;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
    box,
    count: box.closest('label')?.querySelector<HTMLElement>('[data-option-count]') ?? null,
  }));
  // The language switch carries the filters: the other language reads the same codes.
  const switchLink = document.querySelector<HTMLAnchorElement>('a.piv__lang');
  const switchBase = switchLink ? new URL(switchLink.href) : null;

  /** The form's state as a query string, in facet order. */
  const query = (): URLSearchParams => {
    const params = new URLSearchParams();
    for (const { box } of boxes) if (box.checked) params.append(box.name, box.value);
    const q = search.value.trim();
    if (q) params.set('q', q);
    return params;
  };

  const restore = (params: URLSearchParams): void => {
    for (const { box } of boxes) box.checked = params.getAll(box.name).includes(box.value);
    search.value = params.get('q') ?? '';
  };

  const apply = (announce: boolean): void => {
    const params = query();
    const chosen = FACETS.map((f) => [f, params.getAll(f)] as const).filter(([, v]) => v.length > 0);
    const needle = fold(params.get('q') ?? '');
    const matchesText = items.map((item) => !needle || item.text.includes(needle));
    // Which facets each item passes: it is shown when it passes all; an option counts the items passing all the other facets.
    const passes = items.map((item) => new Map(chosen.map(([f, wanted]) => [f, item.values[f]!.some((v) => wanted.includes(v))])));
    let shown = 0;
    items.forEach((item, i) => {
      const match = matchesText[i]! && chosen.every(([f]) => passes[i]!.get(f));
      item.el.hidden = !match;
      if (match) shown++;
    });
    for (const { box, count } of boxes) {
      const facet = box.name;
      let n = 0;
      items.forEach((item, i) => {
        if (matchesText[i] && item.values[facet]!.includes(box.value) && chosen.every(([f]) => f === facet || passes[i]!.get(f))) n++;
      });
      if (count) count.textContent = number.format(n);
      // A checked option stays enabled, to be unchecked; a disabled checkbox is announced as unavailable.
      box.disabled = n === 0 && !box.checked;
    }
    for (const group of groups) {
      const n = group.querySelectorAll('.catalogue__item:not([hidden])').length;
      group.hidden = n === 0;
      const link = document.querySelector<HTMLElement>(`[data-region-link="${group.dataset['regionGroup']}"]`);
      if (link) {
        link.hidden = n === 0;
        const count = link.querySelector('[data-region-count]');
        if (count) count.textContent = number.format(n);
      }
    }
    const key = shown === 0 ? 'zero' : rules.select(shown) === 'one' ? 'one' : 'other';
    const text = (countLine.dataset[key] ?? '').replace('{count}', number.format(shown)).replace('{total}', number.format(total));
    // Only a change is announced (aria-live); the first state is read with the page.
    if (announce || params.size > 0) countLine.textContent = text;
    const url = new URL(location.href);
    url.search = params.toString();
    if (url.href !== location.href) history.replaceState(history.state, '', url);
    if (switchLink && switchBase) {
      const other = new URL(switchBase);
      other.search = params.toString();
      switchLink.href = other.href;
    }
  };

  // The form already replaced the links, and the panel is folded on a phone: the inline script after the
  // panel did it before the first paint (CatalogueFacets.astro); done here, it shifted the list (CLS 0.13).

  restore(new URLSearchParams(location.search));
  apply(false);
  form.addEventListener('input', () => apply(true));
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (e) => e.preventDefault());
  // A reset clears the fields after the event: apply once they are cleared.
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  // Back/forward to this page (bfcache, or a history entry of a region anchor).
  const fromUrl = (): void => {
    restore(new URLSearchParams(location.search));
    apply(false);
  };
  addEventListener('popstate', fromUrl);
  addEventListener('pageshow', (e) => {
    if (e.persisted) fromUrl();
  });
}
