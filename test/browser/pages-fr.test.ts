/** Every page type in French (test/browser/pageTypes.ts). */
import { checkPages } from './pageTypes.ts';

checkPages('fr');
