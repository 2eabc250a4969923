// The capture part of the browser bench: opening a large synthetic capture through the page's own
// Web Worker (read + analysis, what a user waits for after dropping a file), and the TCP view's
// trace of a 100,000-packet conversation for the stepping benchmark.
import { bulkCapture } from '../capture';
import { openTrafficFile } from '../../src/capture/client';
import { readCapture } from '../../src/capture/read';
import { analyzeCapture } from '../../src/capture/analyze';
import { toTcpTrace } from '../../src/capture/toTcpTrace';
import type { TcpTrace } from '../../src/engine/trace';

/** Opening a capture of `mib` MiB in the worker, `runs` times after a warm-up. */
export interface CaptureParseResult {
  bytes: number;
  frames: number;
  conversations: number;
  /** From handing the file to the worker to the analysis back on the page. */
  coldMs: number;
  runsMs: number[];
}

export async function captureParse(mib: number, runs: number): Promise<CaptureParseResult> {
  const bytes = bulkCapture({ maxBytes: mib * 2 ** 20, conversations: 8, lossRate: 0.002 });
  const file = new File([bytes as BlobPart], 'bench.pcap');
  const once = async () => {
    const t0 = performance.now();
    const result = await openTrafficFile(file, () => {});
    const ms = performance.now() - t0;
    if (result.kind !== 'capture') throw new Error('the bench capture did not open as a capture');
    return { ms, result };
  };
  const cold = await once();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push((await once()).ms);
  return {
    bytes: bytes.length,
    frames: cold.result.kind === 'capture' ? cold.result.file.frames : 0,
    conversations: cold.result.kind === 'capture' ? cold.result.conversations.length : 0,
    coldMs: cold.ms,
    runsMs,
  };
}

/** The TCP view's trace of one bulk conversation of `packets` packets (headers only captured). */
export function captureTrace(packets: number): { trace: TcpTrace; packets: number } {
  const file = readCapture(
    bulkCapture({ maxFrames: packets, capturedPayload: 0, lossRate: 0.002 }),
  );
  const conv = analyzeCapture(file).conversations[0];
  if (!conv) throw new Error('no conversation in the bench capture');
  return { trace: toTcpTrace(conv), packets: conv.packets };
}
