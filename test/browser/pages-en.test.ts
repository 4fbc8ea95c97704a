/** Every page type in English (test/browser/pageTypes.ts). */
import { checkPages } from './pageTypes.ts';

checkPages('en');
