// The captured conversation's arrow labels load on demand, once, and then stay at hand for
// drawings that cannot wait (a printout, an export).
import { describe, expect, it } from 'vitest';
import { captureArrow } from './capture';
import { loadCaptureArrow, loadedCaptureArrow } from './captureLoader';

describe('captureLoader', () => {
  it('has nothing before the first load, then the capture’s labels from then on', async () => {
    expect(loadedCaptureArrow()).toBeUndefined();
    const loaded = await loadCaptureArrow();
    expect(loaded).toBe(captureArrow);
    expect(loadedCaptureArrow()).toBe(captureArrow);
    expect(await loadCaptureArrow()).toBe(loaded);
  });
});
