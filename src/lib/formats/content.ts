/**
 * A published file's content as a lazy sequence of chunks: large files are
 * streamed to disk chunk by chunk instead of held as one string (peak
 * memory on 100× inputs). Text files yield strings (written as UTF-8);
 * binary ones (the Excel workbooks) yield bytes. Tests collect them.
 */
export type Content = () => Iterable<string | Uint8Array>;

/** A text file's content as one string; a binary content is an error. */
export function text(content: Content): string {
  let out = '';
  for (const chunk of content()) {
    if (typeof chunk !== 'string') throw new TypeError('text() of a binary content: use bytes()');
    out += chunk;
  }
  return out;
}

/** Any content as its bytes, as written to disk. */
export function bytes(content: Content): Uint8Array {
  const encoder = new TextEncoder();
  const chunks = [...content()].map((c) => (typeof c === 'string' ? encoder.encode(c) : c));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const fromString = (value: string): Content => () => [value];

/** Lines joined with `separator`, in chunks of `size` lines. */
export function* chunkedLines<T>(items: readonly T[], line: (item: T) => string, separator: string, size = 4096): Iterable<string> {
  for (let start = 0; start < items.length; start += size) {
    const end = Math.min(start + size, items.length);
    const lines = new Array<string>(end - start);
    for (let i = start; i < end; i++) lines[i - start] = line(items[i]!);
    yield (start > 0 ? separator : '') + lines.join(separator);
  }
}
