/**
 * The program's vocabulary, French to English, for site search (issue #19,
 * part 5). The exports are written in French and the English pages show
 * them as written; Pagefind's English index would then find « Soutien au
 * logement » only by « logement ». Each English page therefore carries, as
 * search metadata, the English words of this glossary whose French words its
 * French text uses, so "housing" finds what « logement » finds.
 *
 * A French entry is one word or a phrase, compared on folded text (case and
 * accents aside), word by word, each word also in its plural (-s, -x). The
 * English side is what an English reader would type. Kept to the program's
 * own themes (the guide's priorities, the sectors, the usual initiatives):
 * a wrong translation here makes a search find a page that does not say so.
 */
import { fold } from '../lib/common/text.ts';

/** French words or phrases → the English words they mean. */
export const GLOSSARY: ReadonlyArray<readonly [readonly string[], string]> = [
  [['logement', 'loger', 'habitation'], 'housing'],
  [['hebergement', 'refuge'], 'shelter'],
  [['locataire'], 'tenants'],
  [['itinerance', 'sans domicile', 'sans-abri', 'sortie de rue'], 'homelessness homeless'],
  [['pauvrete', 'faible revenu', 'defavorise'], 'poverty'],
  [['faible revenu'], 'low income'],
  [['exclusion sociale'], 'social exclusion'],
  [['prejuge'], 'prejudice stigma'],
  [['alimentaire', 'alimentation', 'aliment', 'nourrir', 'nourriture', 'repas', 'cuisine', 'cuisiner', 'epicerie', 'popote', 'diner', 'frigo', 'fruit', 'legume'], 'food'],
  [['securite alimentaire', 'insecurite alimentaire'], 'food security'],
  [['depannage alimentaire', 'aide alimentaire', 'comptoir alimentaire', 'moisson'], 'food bank'],
  [['cuisine collective'], 'community kitchens'],
  [['jardin'], 'gardens'],
  [['gaspillage'], 'waste'],
  [['emploi', 'insertion', 'reinsertion', 'marche du travail', 'plateau de travail'], 'employment jobs'],
  [['travail de rue'], 'street outreach'],
  [['jeunesse', 'jeune', '16-30 an'], 'youth'],
  [['aine', 'personnes agee'], 'seniors elderly'],
  [['proche aidant'], 'caregivers'],
  [['famille', 'menage'], 'families'],
  [['enfant', 'eleve'], 'children'],
  [['femme'], 'women'],
  [['immigrant', 'immigrante', 'nouveaux arrivant', 'nouvel arrivant'], 'immigrants newcomers'],
  [['isolement', 'isole', 'personnes seule'], 'isolation loneliness'],
  [['deplacement', 'mobilite', 'transport collectif'], 'transportation'],
  [['etude', 'scolaire', 'devoir', 'educative', 'ecole'], 'education school'],
  [['litteratie'], 'literacy'],
  [['endettement'], 'debt'],
  [['impot'], 'taxes'],
  [['droit'], 'rights'],
  [['sante', 'services sociaux', 'hygiene'], 'health'],
  [['douche'], 'showers'],
  [['laverie'], 'laundry'],
  [['vetement', 'friperie'], 'clothing'],
  [['loisir'], 'leisure recreation'],
  [['numerique', 'en ligne'], 'digital online'],
  [['centre-ville', 'centres-ville'], 'downtown'],
  [['participation citoyenne'], 'citizen participation'],
  [['benevole'], 'volunteer'],
  [['communautaire'], 'community'],
  [['bibliotheque'], 'library'],
  [['balado'], 'podcast'],
];

/** Words of a folded text, for whole-word matching (hyphens and digits kept inside words). */
function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9-]+/).filter((w) => w.length > 0);
}

const singular = (w: string): string => w.replace(/(?<=..)[sx]$/, '');

/** Precompiled entries: each French phrase as its words' singular forms. */
const ENTRIES = GLOSSARY.map(([fr, en]) => ({ phrases: fr.map((p) => words(p).map(singular)), en }));

/**
 * The English words of the glossary whose French words occur in `texts`,
 * each once, in the glossary's order. Deterministic: the same texts give the
 * same words, so the index is the same at every build.
 */
export function englishTerms(texts: ReadonlyArray<string | null | undefined>): string[] {
  const found = new Set<string>();
  const sequences = texts.filter((t): t is string => typeof t === 'string' && t.length > 0).map((t) => words(t).map(singular));
  for (const { phrases, en } of ENTRIES) {
    const hit = phrases.some((phrase) => sequences.some((seq) => seq.some((_, i) => phrase.every((w, j) => seq[i + j] === w))));
    if (hit) for (const w of en.split(' ')) found.add(w);
  }
  return [...found];
}
