/**
 * The checker's module worker: reads the chosen files' bytes and runs the
 * command line's ingest on them, off the main thread (a 50 MB export takes
 * seconds), posting progress as it goes. It keeps the last check's rows and
 * makes a kind's CSV only when the page asks for it, as a Blob (posted
 * without copying its bytes). Nothing leaves the browser.
 */
import { acceptedCsv, checkFiles } from '../../lib/checker/check.ts';
import type { Dataset } from '../../lib/ingest/types.ts';
import type { SourceFile } from '../../lib/ingest/index.ts';
import { MAX_FILE_BYTES, notExportReason, tooLargeCause } from '../../lib/formats/fileNames.ts';
import type { Chosen, PageMessage, WorkerMessage } from './protocol.ts';

const post = (message: WorkerMessage): void => self.postMessage(message);
let last: { id: number; dataset: Dataset } | null = null;

async function check(id: number, lang: 'fr' | 'en', files: readonly Chosen[]): Promise<void> {
  last = null;
  // What is read: the exports within the size limit; the other files are listed with their reason, unread.
  const unread = (fichier: string, size: number): SourceFile['unread'] => {
    const other = notExportReason(fichier);
    if (other !== null) return other;
    return size > MAX_FILE_BYTES ? { cause: tooLargeCause(size), gravite: 'erreur' } : undefined;
  };
  const chosen = files.map((f) => ({ ...f, unread: unread(f.fichier, f.file.size) }));
  const total = chosen.reduce((n, f) => n + (f.unread ? 0 : f.file.size), 0);
  let done = 0;
  const sources: SourceFile[] = [];
  post({ type: 'read', id, done, total });
  for (const { fichier, file, unread: reason } of chosen) {
    if (reason) {
      sources.push({ fichier, bytes: new Uint8Array(0), unread: reason });
      continue;
    }
    sources.push({ fichier, bytes: new Uint8Array(await file.arrayBuffer()) });
    done += file.size;
    post({ type: 'read', id, done, total });
  }
  post({ type: 'checking', id });
  const { result, dataset } = checkFiles(sources, lang);
  last = { id, dataset };
  post({ type: 'result', id, result });
}

function rows(message: Extract<PageMessage, { type: 'rows' }>): void {
  if (last?.id !== message.id) return;
  const chunks = [...acceptedCsv(last.dataset, message.kind)()];
  post({ type: 'rows', id: message.id, kind: message.kind, file: new Blob(chunks as BlobPart[], { type: 'text/csv;charset=utf-8' }) });
}

self.addEventListener('message', (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  if (message.type === 'rows') {
    rows(message);
    return;
  }
  check(message.id, message.lang, message.files).catch((error: unknown) => {
    post({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
  });
});
post({ type: 'ready' });
