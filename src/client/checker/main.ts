/**
 * The checker page's script (src/components/views/Checker.astro): takes
 * the files chosen (file input, folder input or a drop), hands them to the
 * module worker, shows its progress, then renders the result: the command
 * line's summary, the problems grouped by file in sortable tables, a
 * preview of the published rows, and downloads made in the browser. The
 * worker is started when the page loads, so checking works offline after.
 */
import type { CheckResult, Preview } from '../../lib/checker/check.ts';
import { PROBLEMS_FILE, isCheckable, relativeName, rowsFileName } from '../../lib/checker/names.ts';
import type { Problem } from '../../lib/ingest/problems.ts';
import type { Kind } from '../../lib/contract/columns.ts';
import type { Chosen, PageMessage, WorkerMessage } from './protocol.ts';

/** Problem rows drawn per file (the problems CSV has them all). */
const MAX_ROWS = 1000;
/** The partners' words (values, reasons, column names) on an English page (WCAG 3.1.2). */
const EXPORT_LANG = 'fr-CA';

type Attributes = Record<string, string | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const form = document.querySelector<HTMLFormElement>('#verifier');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Record<string, string>;
  const lang = form.dataset['lang'] === 'en' ? 'en' : 'fr';
  const foreign = lang === 'en' ? EXPORT_LANG : undefined;
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA');
  const rules = new Intl.PluralRules(lang === 'en' ? 'en-CA' : 'fr-CA');
  const fill = (key: string, params: Record<string, string | number> = {}): string =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (all, name: string) => {
      const value = params[name];
      return value === undefined ? all : typeof value === 'number' ? number.format(value) : value;
    });
  const count = (base: string, n: number): string => fill(`${base}.${rules.select(n) === 'one' ? 'one' : 'other'}`, { count: n });

  const fileInput = form.querySelector<HTMLInputElement>('#verifier-choix')!;
  const folderInput = form.querySelector<HTMLInputElement>('#verifier-dossier')!;
  const drop = form.querySelector<HTMLElement>('[data-drop]')!;
  const progressBox = form.querySelector<HTMLElement>('[data-progress]')!;
  const progress = progressBox.querySelector('progress')!;
  const status = form.querySelector<HTMLElement>('#verifier-statut')!;
  const section = document.querySelector<HTMLElement>('#verifier-resultats')!;
  const heading = section.querySelector<HTMLElement>('h2')!;
  const results = section.querySelector<HTMLElement>('[data-results]')!;
  folderInput.webkitdirectory = true;
  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());

  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let current = 0;
  let unsupported: string[] = [];
  let urls: string[] = [];

  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'ready') {
      form.dataset['ready'] = '';
      return;
    }
    if (message.id !== current) return;
    if (message.type === 'read') {
      progress.value = message.total > 0 ? (100 * message.done) / message.total : 100;
    } else if (message.type === 'checking') {
      progress.removeAttribute('value');
      status.textContent = messages['checking']!;
    } else if (message.type === 'result') {
      finish();
      show(message.result);
    } else if (message.type === 'rows') {
      save(message.kind, message.file);
    } else {
      finish();
      status.textContent = fill('failed', { message: message.message });
    }
  });
  worker.addEventListener('error', (event) => {
    finish();
    status.textContent = fill('failed', { message: event.message || 'worker' });
  });

  function finish(): void {
    progressBox.hidden = true;
    form.removeAttribute('aria-busy');
  }

  function clear(): void {
    for (const url of urls) URL.revokeObjectURL(url);
    urls = [];
    results.replaceChildren();
    section.hidden = true;
  }

  /** Checks the files chosen: `path` is the file's name, or its path from the folder chosen or dropped. */
  function check(picked: readonly { path: string; file: File }[]): void {
    current++;
    clear();
    finish();
    const files: Chosen[] = [];
    unsupported = [];
    for (const { path, file } of picked) {
      // Every file goes to the worker, as npm run validate lists every file of a folder (contract §1.5);
      // the worker reads only the exports.
      files.push({ fichier: relativeName(path), file });
      if (!isCheckable(path)) unsupported.push(relativeName(path));
    }
    if (picked.length === 0) {
      status.textContent = messages['empty']!;
      return;
    }
    if (files.length === unsupported.length) {
      status.textContent = messages['noneCheckable']!;
      section.hidden = false;
      results.append(...unsupportedList());
      heading.focus();
      return;
    }
    progressBox.hidden = false;
    progress.value = 0;
    form.setAttribute('aria-busy', 'true');
    status.textContent = messages['reading']!;
    const request: PageMessage = { type: 'check', id: current, files };
    worker.postMessage(request);
  }

  const fromInput = (input: HTMLInputElement): void => {
    check([...(input.files ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file })));
  };
  fileInput.addEventListener('change', () => fromInput(fileInput));
  folderInput.addEventListener('change', () => fromInput(folderInput));
  for (const input of [fileInput, folderInput]) input.addEventListener('cancel', () => check([]));

  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.dataset['over'] = '';
  });
  drop.addEventListener('dragleave', () => delete drop.dataset['over']);
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    delete drop.dataset['over'];
    if (!e.dataTransfer) return;
    dropped(e.dataTransfer).then(check, (error: unknown) => {
      status.textContent = fill('failed', { message: String(error) });
    });
  });

  function unsupportedList(): HTMLElement[] {
    if (unsupported.length === 0) return [];
    return [
      el('h3', { id: 'verifier-non-verifies' }, messages['unsupported.title']!),
      el('p', {}, messages['unsupported.text']!),
      el('ul', { class: 'checker__unsupported' }, ...unsupported.map((name) => el('li', {}, `${name} — ${messages['unsupported']!}`))),
    ];
  }

  function show(result: CheckResult): void {
    const t = result.totals;
    const lines = lang === 'fr' ? [...result.summary, result.verdict] : [
      ...fill('summary.lines', { ...t }).split('|'),
      t.rejetees === 0 && t.nonReconnus === 0 ? messages['verdict.ok']! : fill('verdict.bad', { ...t }),
    ];
    results.append(
      el('h3', { id: 'verifier-resume' }, messages['summary']!),
      el('ul', { class: 'checker__summary', 'data-summary': '' }, ...lines.map((line) => el('li', {}, line))),
      ...unsupportedList(),
      el('h3', { id: 'verifier-problemes' }, messages['byFile']!),
      el('p', {}, messages['byFile.lead']!),
      ...byFile(result),
      el('h3', { id: 'verifier-apercu' }, messages['preview']!),
      el('p', {}, messages['preview.lead']!),
      ...result.previews.map(previewTable),
      el('h3', { id: 'verifier-telecharger' }, messages['downloads']!),
      el('p', {}, messages['downloads.lead']!),
      downloads(result),
    );
    section.hidden = false;
    status.textContent = fill('done', {
      files: count('count.files', t.fichiers),
      published: count('count.published', t.publiees),
      rejected: count('count.rejected', t.rejetees),
      warnings: count('count.warnings', t.avertissements),
    });
    heading.focus();
  }

  function byFile(result: CheckResult): HTMLElement[] {
    const groups = new Map<string, Problem[]>(result.files.map((f) => [f.fichier, []]));
    for (const p of result.problems) {
      if (!groups.has(p.fichier)) groups.set(p.fichier, []);
      groups.get(p.fichier)!.push(p);
    }
    const reports = new Map(result.files.map((f) => [f.fichier, f]));
    // In the command line's order: by file name, as ingest sorts the problems.
    return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([fichier, problems]) => {
      const report = reports.get(fichier);
      const box = el('div', { class: 'checker__file', 'data-file': fichier }, el('h4', {}, fichier));
      if (report) {
        const kind = report.type ? messages[`kind.${report.type}`]! : messages['file.unknown']!;
        box.append(
          el('p', {}, `${messages['file.type']!}${lang === 'fr' ? '\u00a0: ' : ': '}${kind}`),
          el('p', {}, fill('file.counts', { lignes: report.lignes, publiees: report.publiees, rejetees: report.rejetees, doublons: report.doublons, avertissements: report.avertissements })),
        );
      }
      box.append(problems.length === 0 ? el('p', {}, messages['file.none']!) : problemTable(fichier, problems));
      return box;
    });
  }

  function problemTable(fichier: string, problems: Problem[]): HTMLElement {
    const columns = ['ligne', 'colonne', 'valeur', 'raison', 'gravite'] as const;
    const tbody = el('tbody');
    const headers = columns.map((c) => {
      const button = el('button', { type: 'button' }, messages[`col.${c}`]!);
      const th = el('th', { scope: 'col', class: c === 'ligne' ? 'num' : undefined, 'data-column': c, 'aria-sort': c === 'ligne' ? 'ascending' : undefined }, button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const h of headers) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        draw(c, ascending);
      });
      return th;
    });
    const collator = new Intl.Collator(lang === 'en' ? 'en-CA' : 'fr-CA', { numeric: true });
    const indexed = problems.map((p, i) => ({ p, i }));
    const draw = (column: (typeof columns)[number], ascending: boolean): void => {
      const sign = ascending ? 1 : -1;
      const sorted = [...indexed].sort((a, b) => {
        const order = column === 'ligne' ? a.p.ligne - b.p.ligne : collator.compare(a.p[column], b.p[column]);
        return sign * order || a.i - b.i;
      });
      // On a phone the table stacks (one block per problem, each value after its column's name).
      const label = (c: (typeof columns)[number]): string => messages[`col.${c}`]!;
      tbody.replaceChildren(...sorted.slice(0, MAX_ROWS).map(({ p }) => el('tr', {},
        el('td', { class: 'num', 'data-label': label('ligne') }, p.ligne > 0 ? String(p.ligne) : '—'),
        el('td', { lang: foreign, 'data-label': label('colonne') }, p.colonne),
        el('td', { lang: foreign, 'data-label': label('valeur') }, p.valeur),
        el('td', { class: 'checker__reason', lang: foreign, 'data-label': label('raison') }, p.raison),
        el('td', { 'data-label': label('gravite') }, messages[`gravite.${p.gravite}`]!),
      )));
    };
    draw('ligne', true);
    const caption = fill('file.table', { file: fichier });
    const table = el('table', { 'data-problems': '', class: 'stack sortable' }, el('caption', {}, caption), el('thead', {}, el('tr', {}, ...headers)), tbody);
    const wrap = el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': caption }, table);
    if (problems.length <= MAX_ROWS) return wrap;
    return el('div', {}, el('p', {}, fill('file.truncated', { shown: MAX_ROWS, total: problems.length })), wrap);
  }

  function previewTable(preview: Preview): HTMLElement {
    const caption = fill('preview.caption', { kind: messages[`kind.${preview.kind}`]!, count: preview.count });
    const table = el('table', { 'data-preview': preview.kind },
      el('caption', {}, caption),
      el('thead', { lang: foreign }, el('tr', {}, ...preview.columns.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', { lang: foreign }, ...preview.rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cell))))),
    );
    return el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': caption }, table);
  }

  /** Saves a kind's rows, made by the worker on request: a link to the Blob, clicked. */
  function save(kind: Kind, file: Blob): void {
    const url = URL.createObjectURL(file);
    urls.push(url);
    const a = el('a', { href: url, download: rowsFileName(kind), hidden: '' });
    document.body.append(a);
    a.click();
    a.remove();
  }

  function downloads(result: CheckResult): HTMLElement {
    const problems = URL.createObjectURL(new Blob([result.problemsCsv], { type: 'text/csv;charset=utf-8' }));
    urls.push(problems);
    const id = current;
    return el('ul', { class: 'checker__downloads' },
      ...result.previews.map((p) => {
        // The rows' CSV is made when asked for (a 100× sample's is 75 MB).
        const button = el('button', { type: 'button', 'data-download': rowsFileName(p.kind) }, fill('download.rows', { kind: messages[`kind.${p.kind}`]!, file: rowsFileName(p.kind) }));
        button.addEventListener('click', () => worker.postMessage({ type: 'rows', id, kind: p.kind } satisfies PageMessage));
        return el('li', {}, button);
      }),
      el('li', {}, el('a', { href: problems, download: PROBLEMS_FILE }, fill('download.problems', { file: PROBLEMS_FILE }))),
    );
  }
}

/** A drop's files, with their paths when folders are dropped (read before the first `await`: the items expire). */
async function dropped(transfer: DataTransfer): Promise<{ path: string; file: File }[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const out: { path: string; file: File }[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ path: entry.fullPath, file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return out;
}
