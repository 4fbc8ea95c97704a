/**
 * A published file's content as a lazy sequence of chunks: large files are
 * streamed to disk chunk by chunk instead of held as one string (peak
 * memory on 100× inputs). Tests collect them into a string.
 */
export type Content = () => Iterable<string>;

export function text(content: Content): string {
  let out = '';
  for (const chunk of content()) out += chunk;
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
