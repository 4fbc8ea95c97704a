/**
 * The README written next to the sample: what is fictional (everything but
 * the envelopes named as real in facts.md), how it was made, the dialect of
 * each file, and where each deliberate fault lands. French first, then English.
 */
import { ALLIANCES, TOTAL_ENVELOPE } from './alliances.ts';
import type { Position } from './csv-writer.ts';
import { describeDialect } from './dialects.ts';
import type { Dialect } from './dialects.ts';
import type { Fault } from './faults.ts';

export interface WrittenFile {
  readonly path: string;
  readonly kind: string;
  readonly dialect: Dialect;
  readonly rows: number;
  readonly bytes: Buffer;
}

interface ReadmeInput {
  readonly seed: number;
  readonly scale: number;
  readonly faultsOn: boolean;
  readonly files: readonly WrittenFile[];
  readonly faults: readonly Fault[];
  /** `path#tag` → where the tagged line landed. */
  readonly positions: ReadonlyMap<string, Position>;
}

const money = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} $`;

function command(i: ReadmeInput): string {
  const args = ['--clean'];
  if (i.seed !== 2024) args.push(`--seed ${i.seed}`);
  if (i.scale !== 1) args.push(`--scale ${i.scale}`);
  if (i.faultsOn !== (i.scale === 1)) args.push(i.faultsOn ? '--faults' : '--no-faults');
  return `npx tsx scripts/generate-sample.ts ${args.join(' ')}`;
}

function lines(i: ReadmeInput, f: Fault): string {
  return f.tags
    .map((tag) => {
      const p = i.positions.get(`${f.path}#${tag}`);
      if (!p) return '?';
      return p.line === p.row ? String(p.row) : `${p.row} (texte : ${p.line})`;
    })
    .join(', ');
}

function faultTable(i: ReadmeInput, fr: boolean): string[] {
  if (!i.faultsOn) return [fr ? 'Aucune : cette génération est sans fautes.' : 'None: this run has no faults.'];
  const head = fr
    ? ['| # | fichier | ligne | colonne | faute | ce que le pipeline doit faire |', '|---|---|---|---|---|---|']
    : ['| # | file | line | column | fault | what the pipeline should do |', '|---|---|---|---|---|---|'];
  const rows = i.faults.map((f, n) => {
    const where = fr ? lines(i, f) : lines(i, f).replace('texte', 'text');
    return `| ${n + 1} | \`${f.path}\` | ${where} | ${f.column === '' ? '—' : `\`${f.column}\``} | ${fr ? f.fr : f.en} | ${fr ? f.expectFr : f.expectEn} |`;
  });
  return [...head, ...rows];
}

function fileTable(i: ReadmeInput): string[] {
  const folders = new Map<string, WrittenFile[]>();
  for (const f of i.files) {
    const folder = f.path.split('/')[0] ?? '';
    folders.set(folder, [...(folders.get(folder) ?? []), f]);
  }
  const head = ['| dossier / folder | fichiers (lignes de données) / files (data rows) | dialecte / dialect |', '|---|---|---|'];
  const rows = [...folders].map(([folder, files]) => {
    const list = files.map((f) => `\`${f.path.slice(folder.length + 1)}\` (${f.rows}${f.kind === 'notes' ? ', aucun type / no kind' : ''})`).join(', ');
    const dialects = [...new Set(files.map((f) => describeDialect(f.dialect)))].join(' / ');
    return `| \`${folder}/\` | ${list} | ${dialects} |`;
  });
  return [...head, ...rows];
}

function allianceTable(fr: boolean): string[] {
  const head = fr ? ['| alliance | enveloppe | source |', '|---|---|---|'] : ['| alliance | envelope | source |', '|---|---|---|'];
  const src = (real: boolean, id: string): string => {
    if (real) return fr ? '**réelle** (facts.md)' : '**real** (facts.md)';
    if (id.startsWith('14-')) return fr ? 'fictive (le total de Lanaudière, 6,1 M$, est réel)' : 'fictional (the Lanaudière total, 6.1 M$, is real)';
    return fr ? 'fictive' : 'fictional';
  };
  return [...head, ...ALLIANCES.map((a) => `| \`${a.id}\` | ${money(a.enveloppe)} | ${src(a.realEnvelope, a.id)} |`)];
}

export function readme(i: ReadmeInput): string {
  const rowsOf = (kind: string): number => i.files.filter((f) => f.kind === kind).reduce((s, f) => s + f.rows, 0);
  const counts = `alliances ${rowsOf('alliances')}, priorites ${rowsOf('priorites')}, indicateurs ${rowsOf('indicateurs')}, initiatives ${rowsOf('initiatives')}, contexte ${rowsOf('contexte')}`;
  return [
    '# Exemples d’exports — données FICTIVES / Sample exports — FICTIONAL data',
    '',
    '## Français',
    '',
    '**Toutes les données de ce dossier sont fictives**, sauf :',
    '',
    `- le total des enveloppes 2024-2029, ${money(TOTAL_ENVELOPE)} (145,36 M$, mesure 3.1.1.1 du plan d’action gouvernemental 2024-2029);`,
    '- les enveloppes de la Mauricie (5 805 682 $), de Chaudière-Appalaches (4 716 195 $) et de Laval (2 606 312 $);',
    '- le total de Lanaudière, environ 6,1 M$ pour deux ententes (6 100 000 $ ici; le partage entre `14-nord` et `14-sud` est inventé);',
    '- l’existence de 21 Alliances dans 17 régions, dont trois au Nord-du-Québec (Gouvernement de la nation crie, Administration régionale Kativik, Baie-James/Jamésie).',
    '',
    'Tout le reste est inventé : les autres enveloppes, le partage de la Montérégie en deux Alliances (`16-est`, `16-ouest`), les noms des Alliances et des organismes, les initiatives, montants, personnes rejointes, priorités régionales, indicateurs, populations et personnes à faible revenu (`ministere/contexte.csv`, de l’ordre de grandeur des estimations de l’ISQ, mais pas les siennes), dates, liens (`exemple.org`) et adresses de courriel. Les noms de lieux (villes, MRC) sont réels; aucun organisme n’a reçu ces sommes. Ne pas citer ces chiffres.',
    '',
    '### Production',
    '',
    `Commande : \`${command(i)}\` (graine ${i.seed}, échelle ${i.scale}, fautes ${i.faultsOn ? 'oui' : 'non'}). La même graine donne les mêmes octets. Options : \`--seed N\`, \`--scale K\` (K fois plus d’initiatives), \`--out DOSSIER\`, \`--clean\` (efface d’abord les .csv du dossier), \`--faults\`/\`--no-faults\`.`,
    '',
    `Lignes de données : ${counts}. Le fichier \`source.json\` (\`"fictif": true\`) dit au pipeline que ces données sont fictives : chaque page construite à partir de ce dossier l’affiche.`,
    '',
    '### Fichiers et dialectes',
    '',
    'Le type d’un fichier se reconnaît à son en-tête, pas à son nom. Chaque région écrit ses fichiers à sa façon, comme les exports réels (Excel français, Excel « CSV UTF-8 », tabulations…). Les valeurs vides veulent dire « non déclaré ».',
    '',
    ...fileTable(i),
    '',
    '### Enveloppes',
    '',
    ...allianceTable(true),
    '',
    '### Fautes volontaires',
    '',
    'La ligne est celle qu’affiche un tableur (en-tête = 1). Quand une cellule sur plusieurs lignes la précède, la ligne du fichier texte suit entre parenthèses.',
    '',
    ...faultTable(i, true),
    '',
    'Particularités voulues, qui ne sont **pas** des fautes : certaines `priorite_regionale` ne correspondent à aucune priorité du plan (`Hors plan`, `À déterminer`…) ou sont écrites en majuscules (indicateur 2.2); des initiatives `en-cours` en 2024-2025 ont commencé avant le 1er novembre 2024 (reportées du cycle précédent); des descriptions contiennent le délimiteur, des guillemets et des sauts de ligne (champs entre guillemets, RFC 4180).',
    '',
    '## English',
    '',
    `**All data in this folder is fictional**, except the 2024-2029 envelope total (${money(TOTAL_ENVELOPE)}), the Mauricie (5 805 682 $), Chaudière-Appalaches (4 716 195 $) and Laval (2 606 312 $) envelopes, the Lanaudière total of about 6.1 M$ over two agreements (its split between \`14-nord\` and \`14-sud\` is invented), and the existence of 21 Alliances over 17 regions, three of them in Nord-du-Québec (Cree Nation Government, Kativik Regional Government, Baie-James/Jamésie).`,
    '',
    'Everything else is invented: the other envelopes, the split of Montérégie into two Alliances (`16-est`, `16-ouest`), Alliance and organisation names, initiatives, amounts, persons reached, regional priorities, indicators, populations and persons with low income (`ministere/contexte.csv`, of the order of the ISQ’s estimates but not its figures), dates, links (`exemple.org`) and e-mail addresses. Place names (towns, MRC) are real; no organisation received these amounts. Do not quote these figures.',
    '',
    `Made with \`${command(i)}\` (seed ${i.seed}, scale ${i.scale}, faults ${i.faultsOn ? 'on' : 'off'}); the same seed gives the same bytes. Data rows: ${counts}. \`source.json\` (\`"fictif": true\`) tells the pipeline these data are fictional, so every page built from this folder says so. The dialect of each file and the envelopes are in the French tables above.`,
    '',
    '### Deliberate faults',
    '',
    'The line is the one a spreadsheet shows (header = 1); where a multi-line cell comes before it, the text-file line follows in brackets.',
    '',
    ...faultTable(i, false),
    '',
    'Intended quirks that are **not** faults: some `priorite_regionale` values match no priority of the plan or are written in capitals (indicator 2.2); some `en-cours` initiatives of 2024-2025 started before 1 November 2024 (carried over from the previous cycle); some descriptions hold the delimiter, quotes and line breaks (quoted fields, RFC 4180).',
    '',
  ].join('\n');
}
