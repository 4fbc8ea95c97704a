/**
 * The search page's script (issue #10, item 3), on /recherche/ only: loads
 * Pagefind's bundle from this site (under BASE_PATH) when the page opens,
 * runs the form's query and filters, and keeps them in the URL (`?q=…&region=…`)
 * so a search can be shared and the header field's plain GET lands here.
 * Excerpts are rebuilt from text nodes and <mark> only: never page markup.
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}
interface Messages {
  loading: string;
  empty: string;
  zero: string;
  one: string;
  other: string;
  error: string;
}

/**
 * Results whose page is fetched and shown at once (each is one fragment request, 0.6 to 2 KB):
 * ten fill a phone's screen twice, and keep a first query under ~100 KB (`npm run bench`).
 */
const SHOWN = 10;

/**
 * Pagefind's options (issue #19, part 5). No Web Worker: its script is 12 KB more to fetch
 * for an index this small. Ranking: a match in an English page's translated title words
 * (`title_terms`, src/pageData/searchEntry.ts) counts less than one in its title (Pagefind's
 * 5) and more than body text; its other translated words count less than body text.
 */
const OPTIONS = {
  noWorker: true,
  excerptLength: 24,
  ranking: { metaWeights: { title: 5, title_terms: 2, terms: 0.5 } },
};

function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  for (const n of doc.body.firstChild?.childNodes ?? []) {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(n.textContent ?? ''));
    }
  }
  return out;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form.search');
  const status = document.getElementById('recherche-statut');
  const list = document.getElementById('recherche-resultats');
  const more = document.getElementById('recherche-plus');
  if (!form || !status || !list || !more) return;
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Messages;
  const kinds = JSON.parse(form.dataset['kinds'] ?? '{}') as Record<string, string>;
  const kindWithRegion = form.dataset['kindWithRegion'] ?? '{type}';
  // Region names by slug, from the region filter's own options.
  const regionNames = new Map([...form.querySelectorAll<HTMLOptionElement>('select[name="region"] option')].map((o) => [o.value, o.text]));
  const plural = new Intl.PluralRules(form.dataset['lang']);
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')];
  const q = form.querySelector<HTMLInputElement>('[name="q"]')!;

  // The URL's query fills the form (the header field submits here with ?q=).
  const params = new URLSearchParams(location.search);
  for (const f of fields) f.value = params.get(f.name) ?? '';

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (import(/* @vite-ignore */ form.dataset['bundle']!) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ ...OPTIONS, baseUrl: form.dataset['base'] });
      return pf;
    });
    return pagefind;
  };

  /**
   * What a result shows: its page's title, URL and excerpt, labelled with its kind and region
   * (« Pratique · Laval »). On the indicators page, the indicator whose section matched (its
   * heading's sub-result), labelled « Indicateur ».
   */
  function resultOf(d: PagefindResultData): { url: string; title: string; excerpt: string; kind: string; french: boolean } {
    const type = d.filters['type']?.[0] ?? '';
    // A region's own page is named after it: its label is « Région » alone.
    const slug = d.filters['region']?.[0];
    const region = type === 'region' || !slug ? undefined : regionNames.get(slug);
    const label = (k: string): string => (kinds[k] && region ? kindWithRegion.replace('{type}', kinds[k]).replace('{region}', region) : kinds[k] ?? '');
    const section = type === 'indicateurs' ? d.sub_results?.find((s) => s.url.includes('#') && s.excerpt.includes('<mark>')) : undefined;
    if (section) return { url: section.url, title: section.title, excerpt: section.excerpt, kind: label('indicateur'), french: false };
    // A practice's title is the partner's, in French on both languages' pages (WCAG 3.1.2).
    return { url: d.url, title: d.meta['title'] ?? d.url, excerpt: d.excerpt, kind: label(type), french: type === 'pratique' };
  }

  let run = 0;
  let pending: Array<{ data(): Promise<PagefindResultData> }> = [];
  async function showNext(mine: number): Promise<void> {
    const next = pending.slice(0, SHOWN);
    pending = pending.slice(SHOWN);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== run) return;
    list!.append(...data.map((d) => {
      const shown = resultOf(d);
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = shown.url;
      a.textContent = shown.title;
      if (shown.french && form!.dataset['lang'] !== 'fr-CA') a.lang = 'fr-CA';
      const p = document.createElement('p');
      p.append(...excerptNodes(shown.excerpt));
      li.append(a);
      if (shown.kind) {
        const kind = document.createElement('p');
        kind.className = 'search__kind';
        kind.textContent = shown.kind;
        li.append(kind);
      }
      li.append(p);
      return li;
    }));
    more!.hidden = pending.length === 0;
  }
  /** `reveal`: the search the URL asked for (the header's field): its first result is brought on screen. */
  async function search(reveal = false): Promise<void> {
    const mine = ++run;
    const term = q.value.trim();
    const filters: Record<string, string> = {};
    for (const f of fields) if (f.name !== 'q' && f.value) filters[f.name] = f.value;
    const url = new URL(location.href);
    url.search = new URLSearchParams(fields.filter((f) => f.value.trim()).map((f) => [f.name, f.value.trim()])).toString();
    history.replaceState(null, '', url);
    if (!term && Object.keys(filters).length === 0) {
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = messages.empty;
      return;
    }
    status!.textContent = messages.loading;
    try {
      const pf = await load();
      const found = await pf.search(term || null, { filters });
      if (!found || mine !== run) return;
      list!.replaceChildren();
      pending = found.results;
      await showNext(mine);
      if (mine !== run) return;
      // The page puts results right under the form; on a short screen, the first one may still be below it.
      const first = reveal ? list!.querySelector('a') : null;
      if (first && first.getBoundingClientRect().bottom > window.innerHeight) first.scrollIntoView({ block: 'nearest' });
      const n = found.results.length;
      const template = n === 0 ? messages.zero : plural.select(n) === 'one' ? messages.one : messages.other;
      // Filters alone (no words): the count without the « » of an empty query.
      status!.textContent = (term ? template : template.replace(/\s*(pour|for) [«“]\s*\{q\}\s*[»”]/, '')).replace('{q}', term).replace('{count}', new Intl.NumberFormat(form!.dataset['lang']).format(n));
    } catch {
      status!.textContent = messages.error;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  form.addEventListener('change', () => void search());
  more.addEventListener('click', () => {
    // Focus goes to the first new result, so a keyboard reader continues from there.
    const first = list.children.length;
    void showNext(run).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  void search(params.has('q'));
}
