// Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): comparisons are on the signed difference.

const MOD = 4294967296;

/** (a + n) mod 2^32. */
export const seqAdd = (a: number, n: number): number => (((a + n) % MOD) + MOD) % MOD;
/** Signed distance b − a in (−2^31, 2^31]. */
export const seqDiff = (a: number, b: number): number => (b - a) | 0;
/** a < b in sequence space. */
export const seqLt = (a: number, b: number): boolean => seqDiff(a, b) > 0;
/** a ≤ b in sequence space. */
export const seqLe = (a: number, b: number): boolean => seqDiff(a, b) >= 0;
/** Relative number of `abs` against base `isn`, like Wireshark. */
export const relSeq = (abs: number, isn: number): number => seqAdd(abs, -isn);
