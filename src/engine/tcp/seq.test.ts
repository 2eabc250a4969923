// Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4).
import { describe, expect, it } from 'vitest';
import { relSeq, seqAdd, seqDiff, seqLe, seqLt } from './seq';

describe('sequence arithmetic', () => {
  it('adds modulo 2^32', () => {
    expect(seqAdd(4294967295, 1)).toBe(0);
    expect(seqAdd(4294967000, 1460)).toBe(1164);
    expect(seqAdd(0, -1)).toBe(4294967295);
  });
  it('compares across the wrap', () => {
    expect(seqLt(4294967290, 5)).toBe(true);
    expect(seqLt(5, 4294967290)).toBe(false);
    expect(seqLe(7, 7)).toBe(true);
    expect(seqDiff(4294967290, 5)).toBe(11);
    expect(seqDiff(5, 4294967290)).toBe(-11);
  });
  it('gives relative numbers like Wireshark', () => {
    expect(relSeq(1001, 1000)).toBe(1);
    expect(relSeq(3, 4294967295)).toBe(4);
  });
});
