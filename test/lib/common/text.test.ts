/** Long text on pages, feeds and cards (contract §1.5): one cut, in characters, never inside a character. */
import { describe, expect, it } from 'vitest';
import { LONG_TEXT_MAX, TITLE_MAX, charLength, cutText } from '../../../src/lib/common/text.ts';

describe('charLength', () => {
  it('counts characters, an emoji (a surrogate pair) as one', () => {
    expect(charLength('')).toBe(0);
    expect(charLength('Épicerie')).toBe(8);
    expect(charLength('🌱🌱')).toBe(2);
    expect(charLength('\ud83c')).toBe(1);
  });
});

describe('cutText', () => {
  it('keeps a text within the limit as it is', () => {
    expect(cutText('a'.repeat(TITLE_MAX), TITLE_MAX)).toEqual({ text: 'a'.repeat(TITLE_MAX), cut: false });
    // 300 emoji are 600 UTF-16 units, and 300 characters.
    expect(cutText('🌱'.repeat(TITLE_MAX), TITLE_MAX)).toEqual({ text: '🌱'.repeat(TITLE_MAX), cut: false });
  });

  it('cuts one character more, with « … » and no space before it', () => {
    expect(cutText('a'.repeat(TITLE_MAX + 1), TITLE_MAX)).toEqual({ text: `${'a'.repeat(TITLE_MAX)}…`, cut: true });
  });

  it('never splits a surrogate pair', () => {
    const { text } = cutText(`a${'🌱'.repeat(TITLE_MAX)}`, TITLE_MAX);
    expect(text).toBe(`a${'🌱'.repeat(TITLE_MAX - 1)}…`);
    expect(text.isWellFormed()).toBe(true);
  });

  it('ends at a word when a space is near the limit, never far before it', () => {
    expect(cutText('mot '.repeat(100), TITLE_MAX).text).toBe(`${'mot '.repeat(75).trimEnd()}…`);
    const far = `${'a'.repeat(10)} ${'b'.repeat(400)}`;
    expect(cutText(far, TITLE_MAX).text).toBe(`${far.slice(0, TITLE_MAX)}…`);
  });

  it('cuts 5 MB to the limit quickly', () => {
    const { text, cut } = cutText('x'.repeat(5_000_000), LONG_TEXT_MAX);
    expect(cut).toBe(true);
    expect(text.length).toBe(LONG_TEXT_MAX + 1);
  });
});
