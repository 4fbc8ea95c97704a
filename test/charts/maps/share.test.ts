import { describe, expect, it } from 'vitest';
import { shareGeometry } from '../../../src/charts/maps/share.ts';

const long = (n: number): string => `M${n},0${'l1,1'.repeat(40)}z`;

describe('shareGeometry', () => {
  it('keeps a repeated outline once, and each copy its own fill and link', () => {
    const a = `<svg><a href="/a/"><path fill="#111" d="${long(1)}"/></a><path d="${long(2)}"/></svg>`;
    const b = `<svg><a href="/a/"><path fill="#222" d="${long(1)}" stroke="#767676"/></a><path d="M0,0l1,1z"/></svg>`;
    const { sprite, markups } = shareGeometry([a, b], 'g-x');
    expect(sprite).toBe(`<svg xmlns="http://www.w3.org/2000/svg" class="sprite" aria-hidden="true" focusable="false" width="0" height="0"><defs><path id="g-x-1" d="${long(1)}"/></defs></svg>`);
    expect(markups[0]).toBe(`<svg><a href="/a/"><use href="#g-x-1" fill="#111"/></a><path d="${long(2)}"/></svg>`);
    expect(markups[1]).toBe(`<svg><a href="/a/"><use href="#g-x-1" fill="#222" stroke="#767676"/></a><path d="M0,0l1,1z"/></svg>`);
  });

  it('keeps a path\u2019s children (its tooltip) in the <use>', () => {
    const a = `<svg><a href="/a/"><path fill="#111" d="${long(1)}"><title>A : 1 $</title></path></a></svg>`;
    const b = `<svg><path d="${long(1)}" fill="#222"><title>A : 2 $</title></path><path d="${long(2)}"/></svg>`;
    const { markups } = shareGeometry([a, b], 'g-t');
    expect(markups[0]).toBe('<svg><a href="/a/"><use href="#g-t-1" fill="#111"><title>A : 1 $</title></use></a></svg>');
    expect(markups[1]).toBe(`<svg><use href="#g-t-1" fill="#222"><title>A : 2 $</title></use><path d="${long(2)}"/></svg>`);
  });

  it('changes nothing when no outline repeats', () => {
    const a = `<svg><path d="${long(1)}"/></svg>`;
    expect(shareGeometry([a], 'g')).toEqual({ sprite: '', markups: [a] });
  });

  it('leaves short paths alone: a <use> would not be shorter', () => {
    const a = '<svg><path d="M3,0v6"/></svg>';
    expect(shareGeometry([a, a], 'g')).toEqual({ sprite: '', markups: [a, a] });
  });
});
