/**
 * The search page's script (issue #10, item 3), on /recherche/ only: loads
 * Pagefind's bundle from this site (under BASE_PATH) when the page opens,
 * runs the form's query and filters, and keeps them in the URL (`?q=…&region=…`)
 * so a search can be shared and the header field's plain GET lands here.
 * Excerpts are rebuilt from text nodes and <mark> only: never page markup.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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

/** Results whose page is fetched and shown (each is one small fragment request). */
const SHOWN = 20;

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
  const plural = new Intl.PluralRules(form.dataset['lang']);
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')];
  const q = form.querySelector<HTMLInputElement>('[name="q"]')!;

  // The URL's query fills the form (the header field submits here with ?q=).
  const params = new URLSearchParams(location.search);
  for (const f of fields) f.value = params.get(f.name) ?? '';

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (import(/* @vite-ignore */ form.dataset['bundle']!) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: form.dataset['base'] });
      return pf;
    });
    return pagefind;
  };

  let run = 0;
  let pending: Array<{ data(): Promise<PagefindResultData> }> = [];
  async function showNext(mine: number): Promise<void> {
    const next = pending.slice(0, SHOWN);
    pending = pending.slice(SHOWN);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== run) return;
    list!.append(...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta['title'] ?? d.url;
      const p = document.createElement('p');
      p.append(...excerptNodes(d.excerpt));
      li.append(a, p);
      return li;
    }));
    more!.hidden = pending.length === 0;
  }
  async function search(): Promise<void> {
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
  void search();
}
