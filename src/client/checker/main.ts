/**
 * The checker page's script (src/components/views/Checker.astro): takes
 * the files chosen (file input, folder input or a drop), hands them to the
 * module worker, shows its progress, then renders the result in the page's
 * language (issue #20): the summary in plain words, the files with errors
 * first, each problem group saying where it is, what the column accepts,
 * the closest accepted value, how to fix it and the guide's entry; the
 * files ready to send folded together; a preview of the published rows;
 * and downloads made in the browser. The worker is started when the page
 * loads, so checking works offline after.
 */
import type { CheckResult, CheckedFile, Preview } from '../../lib/checker/check.ts';
import type { Accepted, AcceptedValue, ProblemGroup } from '../../lib/checker/explain.ts';
import { typography } from '../../i18n/format.ts';
import { PROBLEMS_FILE, isCheckable, relativeName, rowsFileName } from '../../lib/checker/names.ts';
import type { Kind } from '../../lib/contract/columns.ts';
import type { Chosen, PageMessage, WorkerMessage } from './protocol.ts';

/** Distinct values listed in a group's table (the problems CSV has them all). */
const MAX_VALUES = 12;
/** Accepted values listed openly; more are one click away. */
const MAX_ACCEPTED = 8;
/** The partners' words (values, column names, codes) on an English page (WCAG 3.1.2). */
const EXPORT_LANG = 'fr-CA';

type Attributes = Record<string, string | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Lines as ranges, « 2–40, 45, 47 » (as src/lib/checker/explain.ts's
 * `lineRanges`, kept here so the page's script does not bundle the catalogue).
 */
function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j > i + 1 ? `${sorted[i]}–${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return out.join(', ');
}

/**
 * The site's scroll cue on a table drawn after load (as TableWrap.astro's
 * script does for the static tables): `data-overflow` when the table is
 * wider than its box, `data-end` once scrolled to its end; CSS shows the hint.
 */
const cueObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => entries.forEach((e) => cueCheck(e.target as HTMLElement)));
function cueCheck(box: HTMLElement): void {
  const overflow = box.scrollWidth > box.clientWidth + 1;
  box.toggleAttribute('data-overflow', overflow);
  box.toggleAttribute('data-end', !overflow || box.scrollLeft + box.clientWidth >= box.scrollWidth - 1);
}
function scrollCue(box: HTMLElement): void {
  box.dataset['hint'] = document.body.dataset['tableHint'] ?? '';
  cueCheck(box);
  box.addEventListener('scroll', () => cueCheck(box), { passive: true });
  cueObserver?.observe(box);
}

const form = document.querySelector<HTMLFormElement>('#verifier');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Record<string, string>;
  const lang = form.dataset['lang'] === 'en' ? 'en' : 'fr';
  const foreign = lang === 'en' ? EXPORT_LANG : undefined;
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA');
  /** A reason or a fix in print typography, as the guide prints it (README, « Style des nombres »); the code lists stay in the worker. */
  const printed = (text: string): string => typography(text, lang);
  const rules = new Intl.PluralRules(lang === 'en' ? 'en-CA' : 'fr-CA');
  const fill = (key: string, params: Record<string, string | number> = {}): string =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (all, name: string) => {
      const value = params[name];
      return value === undefined ? all : typeof value === 'number' ? number.format(value) : value;
    });
  const count = (base: string, n: number, params: Record<string, string | number> = {}): string => fill(`${base}.${rules.select(n) === 'one' ? 'one' : 'other'}`, { ...params, count: n });
  /** A message with nodes in its placeholders (a value marked as French, a code). */
  const compose = (key: string, params: Record<string, string | Node>): (Node | string)[] =>
    (messages[key] ?? key).split(/\{(\w+)\}/).map((part, i) => (i % 2 === 0 ? part : (params[part] ?? `{${part}}`))).filter((part) => part !== '');
  const guideHref = form.dataset['guide'] ?? '';

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
    cueObserver?.disconnect();
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
    const request: PageMessage = { type: 'check', id: current, lang, files };
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
    const c = result.counts;
    const [headline = '', ...rest] = result.summary;
    const verdict = c.toFix > 0 ? 'corriger' : c.ready > 0 ? 'pret' : 'aucun';
    const worked = result.files.filter((f) => f.state === 'erreurs' || f.state === 'avertissements');
    const ready = result.files.filter((f) => f.state === 'pret');
    const others = result.files.filter((f) => f.state === 'autre');
    results.append(
      el('h3', { id: 'verifier-resume' }, messages['summary']!),
      el('div', { class: 'checker__verdict', 'data-summary': '', 'data-verdict': verdict },
        el('ul', {}, el('li', { class: 'checker__headline' }, headline), ...rest.map((line) => el('li', {}, line)))),
      el('h3', { id: 'verifier-problemes' }, messages['byFile']!),
      ...(worked.length > 0 ? [el('p', {}, messages['byFile.lead']!)] : []),
      ...worked.map(fileBlock),
      ...(ready.length > 0 ? [readyList(ready)] : []),
      ...(others.length > 0 ? othersList(others) : []),
      ...(result.previews.length > 0 ? [
        el('h3', { id: 'verifier-apercu' }, messages['preview']!),
        el('p', {}, messages['preview.lead']!),
        ...result.previews.map(previewTable),
      ] : []),
      el('h3', { id: 'verifier-telecharger' }, messages['downloads']!),
      el('p', {}, messages['downloads.lead']!),
      downloads(result),
    );
    section.hidden = false;
    for (const box of results.querySelectorAll<HTMLElement>('.table-wrap')) scrollCue(box);
    status.textContent = headline;
    heading.focus();
  }

  /** « suivi.xlsx — feuille « Initiatives » », or the file's name. */
  const fileTitle = (f: CheckedFile): string => (f.sheet === null ? f.fichier : fill('file.sheet', { file: f.file, sheet: f.sheet }));

  function fileBlock(f: CheckedFile): HTMLElement {
    const r = f.report;
    const status: string[] = [];
    if (r.rejetees > 0 || f.state === 'erreurs') status.push(count('count.rejectedOf', r.rejetees, { total: number.format(r.lignes) }));
    if (r.avertissements > 0) status.push(count('count.warnings', r.avertissements));
    if (r.doublons > 0) status.push(count('count.duplicates', r.doublons));
    // Errors shown; warnings (their rows are published anyway) one click away.
    const errors = f.groups.filter((g) => g.gravite === 'erreur');
    const warnings = f.groups.filter((g) => g.gravite !== 'erreur');
    return el('div', { class: 'checker__file', 'data-file': f.fichier, 'data-state': f.state },
      el('h4', {}, fileTitle(f)),
      el('p', { class: 'checker__file-status' }, status.join(' · ')),
      ...errors.map(groupBlock),
      ...(warnings.length === 0 ? [] : [el('details', { class: 'checker__warnings' }, el('summary', {}, count('group.warnings', warnings.length)), ...warnings.map(groupBlock))]),
    );
  }

  function groupBlock(g: ProblemGroup): HTMLElement {
    const box = el('div', { class: `checker__group checker__group--${g.gravite}`, 'data-group': '', 'data-code': g.code });
    // « [Ligne refusée] statut inconnu — 214 lignes · colonne « statut » »
    // One line: its number in place of « 1 ligne », and no list to open.
    const single = g.scope !== 'column' && g.count === 1 && g.lignes.length === 1 && g.lignes[0]! > 0;
    const where = single ? fill('group.line', { line: String(g.lignes[0]) }) : g.where;
    const head: (Node | string)[] = [el('span', { class: 'checker__tag' }, messages[`gravite.${g.gravite}`]!), ' ', el('strong', { class: 'checker__reason' }, printed(g.reason)), ' — ', where];
    if (g.colonne !== '') head.push(' · ', ...compose('group.column', { column: el('span', { lang: foreign }, g.colonne) }));
    box.append(el('p', { class: 'checker__where' }, ...head));
    if (g.values.length === 1) {
      const written = g.values[0]!.valeur;
      const value = el('p', { 'data-value': '' }, ...(written === '' ? [messages['group.value.empty']!] : compose('group.value', { value: el('span', { lang: foreign, class: 'checker__value' }, written) })));
      if (g.suggestion !== null) value.append(' ', el('span', { 'data-suggestion': '' }, ...suggestion(g.suggestion)));
      box.append(value);
    } else if (g.values.length > 1) {
      box.append(valuesTable(g));
    }
    if (g.suggestion !== null && g.values.length !== 1) box.append(el('p', { 'data-suggestion': '' }, ...suggestion(g.suggestion)));
    if (g.accepted !== null) box.append(accepted(g.accepted));
    box.append(el('p', {}, el('strong', {}, messages['group.fix']!), ' ', printed(g.fix)));
    // The guide's entry, and the lines on demand, side by side.
    const more = el('div', { class: 'checker__more' }, el('a', { href: `${guideHref}#${g.guide}`, 'data-guide': g.guide }, messages['group.guide']!, ' ', el('span', { class: 'visually-hidden' }, fill('group.guide.hidden', { reason: g.reason }))));
    if (!single && g.scope !== 'column' && g.lignes.some((l) => l > 0)) {
      const details = el('details', { class: 'checker__lines' },
        el('summary', {}, count('group.lines', g.count)),
        el('p', {}, lineRanges(g.lignes)));
      if (g.omitted > 0) details.append(el('p', {}, count('group.omitted', g.omitted)));
      more.append(details);
    }
    box.append(more);
    return box;
  }

  /** « Vous vouliez dire « completee » (Complétée) ? », the label left out when there is none. */
  function suggestion(s: AcceptedValue): (Node | string)[] {
    const code = el('code', { lang: foreign }, s.code);
    return s.label === '' ? compose('group.suggestion.bare', { code }) : compose('group.suggestion', { code, label: s.label });
  }

  function accepted(a: Accepted): HTMLElement {
    const box = el('div', { class: 'checker__accepted', 'data-accepted': '' });
    if (a.values.length > 0) {
      const list = el('ul', {}, ...a.values.map((v) => el('li', {}, el('code', { lang: foreign }, v.code), ...(v.label === '' || v.label === v.code ? [] : [` (${v.label})`]))));
      // A long list (the 17 regions) on demand: the fix says what to write.
      if (a.values.length > MAX_ACCEPTED) box.append(el('details', {}, el('summary', {}, fill('group.acceptedCount', { count: a.values.length })), list));
      else box.append(el('strong', {}, messages['group.accepted']!), list);
    } else {
      if (a.format !== '') box.append(el('p', {}, el('strong', {}, messages['group.format']!), ' ', a.format));
      if (a.examples.length > 0) {
        box.append(el('p', {}, el('strong', {}, messages['group.examples']!), ' ', ...a.examples.flatMap((x, i) => [...(i > 0 ? [', '] : []), el('code', { lang: foreign }, x)])));
      }
    }
    return box;
  }

  /** The values written, when they differ from line to line: Value | Rows | Did you mean. */
  function valuesTable(g: ProblemGroup): HTMLElement {
    const shown = g.values.slice(0, MAX_VALUES);
    const caption = fill('group.values', { reason: g.reason });
    const rows = shown.map((v) => {
      const ranges = lineRanges(v.lignes);
      return el('tr', {},
        v.valeur === '' ? el('td', {}, messages['group.empty']!) : el('td', { lang: foreign, class: 'checker__value' }, v.valeur),
        el('td', {}, ranges.length <= 40 ? ranges : count('count.rows', v.lignes.length)),
        el('td', {}, ...(v.suggestion === null ? [] : [el('code', { lang: foreign }, v.suggestion.code), ...(v.suggestion.label === '' ? [] : [` (${v.suggestion.label})`])])));
    });
    const table = el('table', { class: 'checker__values' },
      el('caption', { class: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, ...(['value', 'rows', 'suggestion'] as const).map((k) => el('th', { scope: 'col' }, messages[`group.values.${k}`]!)))),
      el('tbody', {}, ...rows));
    const wrap = el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': caption }, table);
    if (g.values.length <= MAX_VALUES) return wrap;
    return el('div', {}, wrap, el('p', {}, count('group.values.more', g.values.length - MAX_VALUES)));
  }

  /** The files ready to send, together in one closed box: their names and rows. */
  function readyList(files: readonly CheckedFile[]): HTMLElement {
    return el('details', { class: 'checker__ready' },
      el('summary', {}, count('count.ready', files.length)),
      el('ul', {}, ...files.map((f) => el('li', { 'data-file': f.fichier, 'data-state': f.state }, fill('ready.row', { file: fileTitle(f), rows: count('count.rows', f.report.lignes) })))));
  }

  /** The files that are not exports, with why they were not read. */
  function othersList(files: readonly CheckedFile[]): HTMLElement[] {
    return [
      el('h4', {}, messages['others']!),
      el('p', {}, messages['others.lead']!),
      el('ul', { class: 'checker__others' }, ...files.map((f) => el('li', { 'data-file': f.fichier, 'data-state': f.state },
        el('strong', {}, fileTitle(f)), ' — ', f.reason ?? f.groups[0]?.reason ?? messages['others.none']!))),
    ];
  }

  function previewTable(preview: Preview): HTMLElement {
    const caption = fill('preview.caption', { kind: messages[`kind.${preview.kind}`]!, count: preview.count });
    const table = el('table', { class: 'checker__preview', 'data-preview': preview.kind },
      el('caption', {}, caption),
      el('thead', { lang: foreign }, el('tr', {}, ...preview.columns.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', { lang: foreign }, ...preview.rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', { class: cell.length > 40 ? 'checker__long' : undefined }, cell))))),
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
      el('li', {}, el('a', { href: problems, download: PROBLEMS_FILE[lang] }, fill('download.problems', { file: PROBLEMS_FILE[lang] }))),
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
