// The lab's fields read defaults from the schema and write inputs the schema accepts or rejects.
import { describe, expect, it } from 'vitest';
import type { CongestionScenarioInput } from '../../scenarios/congestionSchema';
import { parseCongestion } from '../../store/congestionStore';
import { errorMatches } from '../params/fields';
import {
  LAB_FIELDS,
  SEGMENTS_FIELDS,
  comparable,
  lastLossRound,
  readAlgorithm,
  readInflation,
  writeAlgorithm,
  writeCompare,
  readModel,
  writeModel,
} from './labFields';

const base: CongestionScenarioInput = { kind: 'congestion', rounds: 16, compare: ['tahoe'] };
const field = (id: string) => LAB_FIELDS.find((f) => f.id === id)!;

describe('lab fields', () => {
  it('reads the schema defaults; rwnd is empty (unlimited) unless set', () => {
    expect(LAB_FIELDS.map((f) => f.read(base))).toEqual([1, 8, undefined, 16, 100]);
    expect(field('rwnd').read({ ...base, rwnd: 10 })).toBe(10);
    expect(readAlgorithm(base)).toBe('reno');
    expect(readInflation(base)).toBe(true);
  });

  it('writes values the schema checks, errors owned by the field', () => {
    const bad = parseCongestion(field('initialSsthresh').write(base, 1));
    expect(bad.ok ? [] : bad.errors).toEqual(['initialSsthresh: must be ≥ 2']);
    expect(errorMatches('initialSsthresh: must be ≥ 2', field('initialSsthresh').path)).toBe(true);
    const frac = parseCongestion(field('rounds').write(base, 2.5));
    expect(frac.ok ? [] : frac.errors).toEqual(['rounds: must be a whole number']);
    expect(parseCongestion(field('rttMs').write(base, 12.5)).ok).toBe(true);
    expect(field('rwnd').write({ ...base, rwnd: 10 }, undefined).rwnd).toBeUndefined();
  });

  it('keeps the main algorithm out of the compared list', () => {
    expect(comparable(base)).toEqual(['tahoe', 'newreno', 'cubic']);
    expect(writeAlgorithm(base, 'tahoe')).toEqual({
      kind: 'congestion',
      rounds: 16,
      algorithm: 'tahoe',
    });
    expect(writeCompare(base, 'cubic', true).compare).toEqual(['tahoe', 'cubic']);
    // An emptied list is left out, so the input equals a built-in without one.
    expect(writeCompare(base, 'tahoe', false)).toEqual({ kind: 'congestion', rounds: 16 });
  });

  it('finds the last loss round', () => {
    expect(lastLossRound(base)).toBe(0);
    expect(
      lastLossRound({
        ...base,
        losses: [
          { round: 12, type: 'timeout' },
          { round: 3, type: 'tripleDupAck' },
        ],
      }),
    ).toBe(12);
  });
});

describe('segments model fields', () => {
  const seg = (id: string) => SEGMENTS_FIELDS.find((f) => f.id === id)!;

  it('switching to segments brings a bottleneck (the saw-tooth); back to rounds drops it', () => {
    expect(readModel(base)).toBe('rounds');
    const s = writeModel(base, 'segments');
    expect(s).toMatchObject({ model: 'segments', bandwidthBps: 1_000_000, queuePackets: 8 });
    expect(parseCongestion(s).ok).toBe(true);
    // A link the input already has is kept.
    expect(writeModel({ ...base, bandwidthBps: 5e6 }, 'segments')).toEqual({
      ...base,
      bandwidthBps: 5e6,
      model: 'segments',
    });
    const back = writeModel({ ...s, mss: 500 }, 'rounds');
    expect(back).toEqual({ ...base, model: 'rounds' });
  });

  it('bandwidth is shown in Mbit/s and written in bit/s; empty means no bottleneck', () => {
    const s = writeModel(base, 'segments');
    expect(seg('bandwidthBps').read(s)).toBe(1);
    expect(seg('bandwidthBps').write(s, 2.5)).toMatchObject({ bandwidthBps: 2_500_000 });
    const none = seg('bandwidthBps').write({ ...s, queuePackets: undefined }, undefined);
    expect(none).not.toHaveProperty('bandwidthBps');
    expect(seg('mss').read(s)).toBe(1460);
  });

  it('bad values reach the schema, which names the field', () => {
    const s = writeModel(base, 'segments');
    const bad = parseCongestion(seg('bandwidthBps').write(s, 'fast'));
    expect(bad.ok ? [] : bad.errors).toEqual(['bandwidthBps: must be a number']);
    const noLink = parseCongestion(seg('bandwidthBps').write(s, undefined));
    expect(noLink.ok ? [] : noLink.errors).toEqual([
      'queuePackets: a bottleneck queue needs a link rate: set "bandwidthBps" too',
    ]);
    const mss = parseCongestion(seg('mss').write(s, 70_000));
    expect(mss.ok ? [] : mss.errors).toEqual(['mss: must be ≤ 65495 (MSS in bytes)']);
  });
});
