/** Messages between the checker page (main.ts) and its worker (worker.ts). */
import type { CheckResult } from '../../lib/checker/check.ts';
import type { Kind } from '../../lib/contract/columns.ts';

/** A file to check, named as `npm run validate` names it. */
export interface Chosen {
  readonly fichier: string;
  readonly file: File;
}

export type PageMessage =
  /** Checks the files; the result is written in the page's language. */
  | { readonly type: 'check'; readonly id: number; readonly lang: 'fr' | 'en'; readonly files: readonly Chosen[] }
  /** A kind's accepted rows of check `id`, as a CSV file. */
  | { readonly type: 'rows'; readonly id: number; readonly kind: Kind };

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'read'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'checking'; readonly id: number }
  | { readonly type: 'result'; readonly id: number; readonly result: CheckResult }
  | { readonly type: 'rows'; readonly id: number; readonly kind: Kind; readonly file: Blob }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
