/** Messages between the checker page (main.ts) and its worker (worker.ts). */
import type { CheckResult } from '../../lib/checker/check.ts';

/** A file to check, named as `npm run validate` names it. */
export interface Chosen {
  readonly fichier: string;
  readonly file: File;
}

export interface CheckRequest {
  readonly id: number;
  readonly files: readonly Chosen[];
}

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'read'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'check'; readonly id: number }
  | { readonly type: 'result'; readonly id: number; readonly result: CheckResult }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
