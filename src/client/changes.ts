/**
 * The changes page's progressive enhancement (src/components/views/Changes.astro):
 * the indicator tables' column headers become sort buttons (aria-sort says
 * the order; numeric columns sort by each cell's data-value, the others by
 * text), and the region filter shows, hiding the rows and the initiative
 * groups of other regions (a table or list left empty says so) and saying
 * how many values show. Without it the
 * tables show every row, the largest change first.
 */
const tables = [...document.querySelectorAll<HTMLTableElement>('table[data-changes-table]')];
const lang = document.documentElement.lang || 'fr-CA';

for (const table of tables) {
  table.classList.add('sortable');
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      // A first click sorts numbers largest first, and text from A.
      const numeric = th.dataset['type'] === 'number';
      const current = th.getAttribute('aria-sort');
      const descending = current ? current === 'ascending' : numeric;
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const body = table.tBodies[0]!;
      const key = (row: HTMLTableRowElement): string | number => (numeric ? Number(row.cells[index]!.dataset['value']) : (row.cells[index]!.textContent ?? ''));
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
        return descending ? -order : order;
      });
      body.append(...rows);
    });
  });
}

const filter = document.querySelector<HTMLElement>('[data-changes-filter]');
const select = filter?.querySelector('select');
const countLine = filter?.querySelector<HTMLElement>('[data-changes-count]');
if (filter && select && countLine) {
  const number = new Intl.NumberFormat(lang);
  const rules = new Intl.PluralRules(lang);
  const rows = tables.flatMap((table) => [...table.tBodies[0]!.rows]);
  const apply = (): void => {
    const region = select.value;
    const show = (el: HTMLElement): boolean => !region || el.dataset['region'] === region;
    let shown = 0;
    for (const row of rows) {
      row.hidden = !show(row);
      if (!row.hidden) shown++;
    }
    // A table or a list of initiatives left empty says so.
    for (const list of document.querySelectorAll<HTMLElement>('[data-changes-list]')) {
      for (const group of list.querySelectorAll<HTMLElement>('details[data-region]')) group.hidden = !show(group);
      const any = list.querySelector('[data-region]:not([hidden])') !== null;
      list.hidden = !any;
      const empty = list.nextElementSibling;
      if (empty instanceof HTMLElement && empty.hasAttribute('data-changes-empty')) empty.hidden = any;
    }
    const template = countLine.dataset[rules.select(shown) === 'one' ? 'one' : 'other'] ?? '';
    countLine.textContent = region ? template.replace('{count}', number.format(shown)).replace('{total}', number.format(rows.length)) : '';
  };
  select.addEventListener('change', apply);
  filter.hidden = false;
  // The browser may restore the select's value on back/forward.
  if (select.value) apply();
}

// A module, so its names do not clash with other page scripts in type checking.
export {};
