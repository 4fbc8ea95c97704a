/**
 * The 21 Alliances of the sample: identifiers, names and five-year FQIS
 * envelopes. Real (facts.md): the total of 145 360 000 $, the envelopes of
 * Mauricie, Chaudière-Appalaches and Laval, Lanaudière's total of about
 * 6,1 M$ over two agreements, the three Nord-du-Québec Alliances and their
 * responsible governments. Everything else is invented; the Lanaudière and
 * Montérégie splits and their identifiers are fictional.
 */
import { readFileSync } from 'node:fs';
import { REGIONS } from '../../src/lib/contract/regions.ts';

export const TOTAL_ENVELOPE = 145_360_000;

export interface AllianceDef {
  readonly id: string;
  readonly region: string;
  readonly nom: string;
  readonly responsable: string;
  readonly fiduciaire: string;
  /** Five-year envelope, whole dollars. */
  readonly enveloppe: number;
  /** The envelope is the published one (facts.md). */
  readonly realEnvelope: boolean;
  /** MRC names (as in data/geo/mrc.csv) this Alliance covers; empty: all of its region's. */
  readonly mrc: readonly string[];
  /** Towns used to name the fictional organisations. */
  readonly towns: readonly string[];
}

/** `de` + region name, with the right article. */
const DE: Readonly<Record<string, string>> = {
  '01': 'du Bas-Saint-Laurent',
  '02': 'du Saguenay–Lac-Saint-Jean',
  '03': 'de la Capitale-Nationale',
  '04': 'de la Mauricie',
  '05': "de l'Estrie",
  '06': 'de Montréal',
  '07': "de l'Outaouais",
  '08': "de l'Abitibi-Témiscamingue",
  '09': 'de la Côte-Nord',
  '10': 'du Nord-du-Québec',
  '11': 'de la Gaspésie–Îles-de-la-Madeleine',
  '12': 'de Chaudière-Appalaches',
  '13': 'de Laval',
  '14': 'de Lanaudière',
  '15': 'des Laurentides',
  '16': 'de la Montérégie',
  '17': 'du Centre-du-Québec',
};

export function deRegion(code: string): string {
  return DE[code] ?? code;
}

type Spec = [id: string, envelope: number, real: boolean, towns: string, mrc?: string];

/* Invented envelopes are rough guesses by population and need; Montréal takes the balance. */
const SPECS: readonly Spec[] = [
  ['01', 5_614_870, false, 'Rimouski|Rivière-du-Loup|Matane|Amqui|Trois-Pistoles|Mont-Joli'],
  ['02', 6_892_415, false, 'Saguenay|Alma|Roberval|Dolbeau-Mistassini|Saint-Félicien'],
  ['03', 12_586_240, false, 'Québec|Baie-Saint-Paul|La Malbaie|Saint-Raymond|Donnacona'],
  ['04', 5_805_682, true, 'Trois-Rivières|Shawinigan|La Tuque|Louiseville|Saint-Tite'],
  ['05', 7_271_930, false, 'Sherbrooke|Magog|Granby|Coaticook|Lac-Mégantic|Val-des-Sources'],
  ['06', 39_352_326, false, 'Montréal-Nord|Hochelaga|Verdun|Saint-Michel|Côte-des-Neiges|Pointe-aux-Trembles'],
  ['07', 7_923_560, false, 'Gatineau|Maniwaki|Shawville|Papineauville|Chelsea'],
  ['08', 4_084_115, false, 'Rouyn-Noranda|Val-d’Or|Amos|La Sarre|Ville-Marie'],
  ['09', 3_308_740, false, 'Baie-Comeau|Sept-Îles|Forestville|Havre-Saint-Pierre|Fermont'],
  ['10-eeyou-istchee', 1_512_380, false, 'Chisasibi|Mistissini|Waskaganish|Wemindji', 'Eeyou Istchee'],
  ['10-kativik', 1_795_620, false, 'Kuujjuaq|Puvirnituq|Inukjuak|Salluit', 'Administration régionale Kativik'],
  ['10-jamesie', 926_450, false, 'Chibougamau|Chapais|Matagami|Lebel-sur-Quévillon', 'Jamésie'],
  ['11', 4_312_905, false, 'Gaspé|Chandler|New Richmond|Sainte-Anne-des-Monts|Cap-aux-Meules'],
  ['12', 4_716_195, true, 'Lévis|Saint-Georges|Thetford Mines|Montmagny|Sainte-Marie'],
  ['13', 2_606_312, true, 'Chomedey|Laval-des-Rapides|Pont-Viau|Sainte-Rose|Saint-François'],
  ['14-nord', 2_873_640, false, 'Joliette|Rawdon|Berthierville|Saint-Lin–Laurentides', "D'Autray|Joliette|Matawinie|Montcalm"],
  ['14-sud', 3_226_360, false, 'Terrebonne|Mascouche|Repentigny|L’Assomption', "L'Assomption|Les Moulins"],
  ['15', 8_568_225, false, 'Saint-Jérôme|Mont-Laurier|Sainte-Agathe-des-Monts|Lachute|Saint-Eustache'],
  ['16-est', 8_435_110, false, 'Saint-Hyacinthe|Sorel-Tracy|Saint-Jean-sur-Richelieu|Beloeil|Acton Vale',
    "Acton|Pierre-De Saurel|Les Maskoutains|Rouville|Le Haut-Richelieu|La Vallée-du-Richelieu|Marguerite-D'Youville"],
  ['16-ouest', 8_884_575, false, 'Longueuil|Châteauguay|Salaberry-de-Valleyfield|Vaudreuil-Dorion|Huntingdon',
    'Longueuil|Roussillon|Les Jardins-de-Napierville|Le Haut-Saint-Laurent|Beauharnois-Salaberry|Vaudreuil-Soulanges'],
  ['17', 4_662_350, false, 'Drummondville|Victoriaville|Nicolet|Bécancour|Plessisville'],
];

const NAMED: Readonly<Record<string, { nom: string; responsable: string; fiduciaire: string }>> = {
  '10-eeyou-istchee': {
    nom: 'Alliance pour la solidarité – Eeyou Istchee',
    responsable: 'Gouvernement de la nation crie (Cree Nation Government)',
    fiduciaire: '',
  },
  '10-kativik': {
    nom: 'Alliance pour la solidarité – Nunavik',
    responsable: 'Administration régionale Kativik',
    fiduciaire: '',
  },
  '10-jamesie': {
    nom: 'Alliance pour la solidarité – Baie-James/Jamésie',
    responsable: 'Regroupement jamésien pour la solidarité',
    fiduciaire: 'Corporation de développement communautaire de Chibougamau',
  },
  '14-nord': {
    nom: 'Alliance pour la solidarité de Lanaudière – secteur Nord',
    responsable: 'Table des partenaires du Nord de Lanaudière',
    fiduciaire: 'Corporation de développement communautaire de Joliette',
  },
  '14-sud': {
    nom: 'Alliance pour la solidarité de Lanaudière – secteur Sud',
    responsable: 'Table des partenaires du Sud de Lanaudière',
    fiduciaire: '',
  },
  '16-est': {
    nom: 'Alliance pour la solidarité de la Montérégie-Est',
    responsable: 'Table de solidarité de la Montérégie-Est',
    fiduciaire: 'Corporation de développement communautaire des Maskoutains',
  },
  '16-ouest': {
    nom: 'Alliance pour la solidarité de la Montérégie-Ouest',
    responsable: 'Table de solidarité de la Montérégie-Ouest',
    fiduciaire: '',
  },
};

const RESPONSABLES = [
  'Table régionale de développement social',
  'Conférence régionale des partenaires en développement social',
  'Table de concertation sur la pauvreté',
  'Regroupement régional pour la solidarité',
];

export const ALLIANCES: readonly AllianceDef[] = SPECS.map(([id, enveloppe, real, towns, mrc], i) => {
  const region = id.slice(0, 2);
  const named = NAMED[id];
  const de = deRegion(region);
  return {
    id,
    region,
    nom: named?.nom ?? `Alliance pour la solidarité ${de}`,
    responsable: named?.responsable ?? `${RESPONSABLES[i % RESPONSABLES.length] ?? ''} ${de}`,
    fiduciaire: named ? named.fiduciaire : i % 3 === 0 ? `Corporation de développement communautaire ${de}` : '',
    enveloppe,
    realEnvelope: real,
    mrc: mrc ? mrc.split('|') : [],
    towns: towns.split('|'),
  };
});

export function alliancesOf(region: string): AllianceDef[] {
  return ALLIANCES.filter((a) => a.region === region);
}

export function regionEnvelope(region: string): number {
  return alliancesOf(region).reduce((sum, a) => sum + a.enveloppe, 0);
}

/** MRC names by region code, read from data/geo/mrc.csv. */
export function loadMrc(): Map<string, string[]> {
  const path = new URL('../../data/geo/mrc.csv', import.meta.url);
  const byRegion = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const region = cells[cells.length - 1] ?? '';
    const name = cells.slice(1, -1).join(',');
    byRegion.set(region, [...(byRegion.get(region) ?? []), name]);
  }
  return byRegion;
}

/** The MRC names an Alliance covers, checked against data/geo/mrc.csv. */
export function mrcOf(alliance: AllianceDef, byRegion: ReadonlyMap<string, readonly string[]>): string[] {
  const all = byRegion.get(alliance.region) ?? [];
  if (alliance.mrc.length === 0) return [...all];
  for (const name of alliance.mrc) {
    if (!all.includes(name)) throw new Error(`MRC ${name} is not in region ${alliance.region}`);
  }
  return [...alliance.mrc];
}

/** Sanity checks run by the generator (21 Alliances, 17 regions, exact total). */
export function checkAlliances(): void {
  const total = ALLIANCES.reduce((sum, a) => sum + a.enveloppe, 0);
  if (ALLIANCES.length !== 21) throw new Error(`expected 21 Alliances, got ${ALLIANCES.length}`);
  if (new Set(ALLIANCES.map((a) => a.region)).size !== REGIONS.length) throw new Error('every region needs an Alliance');
  if (total !== TOTAL_ENVELOPE) throw new Error(`envelopes add up to ${total}, not ${TOTAL_ENVELOPE}`);
}
