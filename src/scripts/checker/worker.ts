/**
 * The checker's module worker: reads the chosen files' bytes and runs the
 * command line's ingest on them, off the main thread (a 50 MB export takes
 * seconds), posting progress as it goes. Nothing leaves the browser.
 */
import { checkFiles } from '../../lib/checker/check.ts';
import type { SourceFile } from '../../lib/ingest/index.ts';
import type { CheckRequest, WorkerMessage } from './protocol.ts';

const post = (message: WorkerMessage): void => self.postMessage(message);

async function check({ id, files }: CheckRequest): Promise<void> {
  const total = files.reduce((n, f) => n + f.file.size, 0);
  let done = 0;
  const sources: SourceFile[] = [];
  post({ type: 'read', id, done, total });
  for (const { fichier, file } of files) {
    sources.push({ fichier, bytes: new Uint8Array(await file.arrayBuffer()) });
    done += file.size;
    post({ type: 'read', id, done, total });
  }
  post({ type: 'check', id });
  post({ type: 'result', id, result: checkFiles(sources, 'fichiers choisis') });
}

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  check(event.data).catch((error: unknown) => {
    post({ type: 'failed', id: event.data.id, message: error instanceof Error ? error.message : String(error) });
  });
});
post({ type: 'ready' });
