// Capture files → TCP packets: detects pcap or pcapng by the magic number, lets the container
// reader walk records or blocks, and decodes each frame through its link, IP and TCP layers,
// counting what is not TCP and collecting what is damaged as warnings (each kind said once).
//
// Hand-written on purpose: the npm parsers for these formats are Node-only (`pcap` binds libpcap;
// `pcap-parser` reads Node streams, and only classic pcap), and none decodes pcapng, Linux SLL2 or
// IPv6 extension headers in a browser worker at tens of MB/s. The formats are small; every read is
// bounds-checked against the captured length and the readers are fuzzed (read.fuzz.test.ts).
// IP fragments are put back together (reassembly.ts, as Wireshark does): a fragmented packet is
// read at the frame that completes it; its other fragments count as 'IPv4 other' / 'IPv6 other'.
// Synchronous and allocation-light: one DataView over the caller's bytes, scratch objects reused
// per frame, payloads as subarrays of the input (a reassembled packet's in its own buffer);
// endpoints, flag lists and empty options shared between packets (frozen). A frame that is no
// fragment costs one comparison more; the reassembler is made at the first fragment.
import type { FrameSink } from './bytes';
import { hexPrefix } from './bytes';
import { CaptureError, type CaptureErrorCode } from './errors';
import {
  AddressCache,
  FIRST_FRAGMENT,
  NOT_FRAGMENT,
  PROTO_ICMP,
  PROTO_ICMPV6,
  PROTO_TCP,
  PROTO_UDP,
  decodeIPv4,
  decodeIPv6,
  decodeIPv6Reassembled,
  newIpLayer,
} from './ip';
import {
  ETHERTYPE_ARP,
  ETHERTYPE_IPV4,
  ETHERTYPE_IPV6,
  decodeLink,
  linkTypeOf,
  type LinkLayer,
} from './link';
import { isPcap, readPcap } from './pcap';
import { isPcapng, readPcapng } from './pcapng';
import { EVICTED_WARNING, IpReassembly, droppedWarning, incompleteWarning } from './reassembly';
import { readTcpPacket, tcpHeaderProblem } from './tcpHeader';
import type { CaptureFile, LinkType, TcpPacket } from './types';

/** Options of `readCapture`. */
export interface ReadCaptureOptions {
  /** Called with the fraction of the file read so far (0 to 1), about every `progressEvery`
   * bytes, and with 1 at the end. */
  onProgress?(fraction: number): void;
  /** Bytes of the file between two `onProgress` calls (default 4 MiB). */
  progressEvery?: number;
}

/** What a warning counts: frames (by number) or pcapng blocks (by byte offset). */
interface WarningCount {
  count: number;
  where: string;
  unit: 'frames' | 'blocks' | 'once';
}

/** The frame decoder: receives frames from a container reader and builds the CaptureFile. */
class CaptureBuilder implements FrameSink {
  frames = 0;
  readonly tcp: TcpPacket[] = [];
  readonly linkTypes: LinkType[] = [];
  /** Set when the reader stopped early: thrown when no frame came before. */
  stopped: { code: CaptureErrorCode; message: string } | null = null;

  private readonly other: Record<string, number> = {};
  private readonly warnings = new Map<string, WarningCount>();
  // Time: the first timestamped frame's (seconds, units, units per second), and the range of
  // `t` seen.
  private hasOrigin = false;
  private sec0 = 0;
  private units0 = 0;
  private ups0 = 1;
  private lastT = 0;
  private minT = 0;
  private maxT = 0;
  private early = 0;
  // The link type of the previous frame, resolved (most files have one).
  private lastLinkNumber = -1;
  private lastLink: LinkType | null = null;
  private lastLinkProblem = '';
  private readonly seenLinks = new Set<number>();
  // Progress.
  private nextProgress: number;
  // Scratch, filled per frame.
  private readonly link: LinkLayer = { ethertype: 0, offset: 0 };
  private readonly ip = newIpLayer();
  private readonly addresses = new AddressCache();
  /** Made at the first fragment. */
  private reassembly: IpReassembly | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly view: DataView,
    private readonly opts: ReadCaptureOptions,
  ) {
    this.nextProgress = opts.onProgress ? this.progressStep() : Infinity;
  }

  private progressStep(): number {
    const every = this.opts.progressEvery;
    return every !== undefined && every > 0 ? every : 4 * 1024 * 1024;
  }

  frame(
    linkType: number,
    off: number,
    capLen: number,
    origLen: number,
    sec: number,
    units: number,
    unitsPerSec: number,
  ): void {
    const n = ++this.frames;
    let t: number;
    if (Number.isNaN(sec)) {
      t = this.lastT;
    } else if (!this.hasOrigin) {
      this.hasOrigin = true;
      this.sec0 = sec;
      this.units0 = units;
      this.ups0 = unitsPerSec;
      t = 0;
    } else if (unitsPerSec === this.ups0) {
      // Whole units first, then one division: 123458 µs - 123456 µs is 0.002 ms, exactly.
      const d = (sec - this.sec0) * unitsPerSec + (units - this.units0);
      t = unitsPerSec >= 1000 ? d / (unitsPerSec / 1000) : d * (1000 / unitsPerSec);
    } else {
      t = (sec - this.sec0) * 1000 + msOf(units, unitsPerSec) - msOf(this.units0, this.ups0);
    }
    this.lastT = t;
    if (t < this.minT) this.minT = t;
    if (t > this.maxT) this.maxT = t;
    if (t < 0) this.early++;
    if (off >= this.nextProgress) {
      this.opts.onProgress?.(off / this.bytes.length);
      this.nextProgress = off + this.progressStep();
    }

    if (linkType !== this.lastLinkNumber) this.resolveLink(linkType);
    const link = this.lastLink;
    if (link === null) {
      this.warnFrame(this.lastLinkProblem, n);
      this.count('other link');
      return;
    }
    const view = this.view;
    const end = off + capLen;
    const problem = decodeLink(link, view, off, end, this.link);
    if (problem !== null) {
      this.warnFrame(problem, n);
      this.count('other link');
      return;
    }
    switch (this.link.ethertype) {
      case ETHERTYPE_IPV4:
        this.ipPacket(4, n, t, end, origLen);
        return;
      case ETHERTYPE_IPV6:
        this.ipPacket(6, n, t, end, origLen);
        return;
      case ETHERTYPE_ARP:
        this.count('ARP');
        return;
      default:
        this.count('other link');
    }
  }

  private resolveLink(linkType: number): void {
    this.lastLinkNumber = linkType;
    this.lastLink = linkTypeOf(linkType);
    if (this.lastLink === null) {
      this.lastLinkProblem = `link type ${linkType} is not supported (counted as 'other link')`;
    }
    if (!this.seenLinks.has(linkType)) {
      this.seenLinks.add(linkType);
      if (this.lastLink !== null && !this.linkTypes.includes(this.lastLink)) {
        this.linkTypes.push(this.lastLink);
      }
    }
  }

  /** An IPv4 or IPv6 packet at the link layer's offset: its upper layer, or its fragment. */
  private ipPacket(version: 4 | 6, n: number, t: number, end: number, origLen: number): void {
    const ip = this.ip;
    const decode = version === 4 ? decodeIPv4 : decodeIPv6;
    const problem = decode(this.view, this.link.offset, end, ip);
    if (problem !== null) {
      this.warnFrame(problem, n);
      this.count(version === 4 ? 'IPv4 other' : 'IPv6 other');
    } else if (ip.fragment !== NOT_FRAGMENT) {
      this.fragment(version, n, t, end, origLen);
    } else {
      this.upper(version, n, t, this.bytes, this.view, end, origLen);
    }
  }

  /** The upper layer `this.ip` points at, in `bytes` (the capture's, or a reassembled packet's),
   * whose captured part ends at `end`. */
  private upper(
    version: 4 | 6,
    n: number,
    t: number,
    bytes: Uint8Array,
    view: DataView,
    end: number,
    frameLen: number,
  ): void {
    const protocol = this.ip.protocol;
    if (protocol === PROTO_TCP) this.tcpSegment(version, n, t, bytes, view, end, frameLen);
    else if (protocol === PROTO_UDP) this.count('UDP');
    else if (version === 4 && protocol === PROTO_ICMP) this.count('ICMP');
    else if (version === 6 && protocol === PROTO_ICMPV6) this.count('ICMPv6');
    else this.count(version === 4 ? 'IPv4 other' : 'IPv6 other');
  }

  /**
   * A fragment. As in Wireshark, only a fragment captured whole (and in IPv4 not empty) is
   * reassembled; an IPv4 first fragment that is not is read on its own, as if it were the whole
   * packet. The frame that completes a packet reads it; the others count as 'IPv4/IPv6 other'.
   */
  private fragment(version: 4 | 6, n: number, t: number, end: number, origLen: number): void {
    const ip = this.ip;
    const other = version === 4 ? 'IPv4 other' : 'IPv6 other';
    const whole = ip.payloadOff + ip.payloadLen <= end;
    if (!whole || (version === 4 && ip.payloadLen === 0)) {
      if (version === 4 && ip.fragment === FIRST_FRAGMENT) {
        if (!whole && ip.protocol === PROTO_TCP) {
          this.warnFrame(
            'TCP in an IP fragment cut short by the snap length (only this first fragment is read)',
            n,
          );
        }
        this.upper(4, n, t, this.bytes, this.view, end, origLen);
        return;
      }
      if (!whole) this.warnFrame('IP fragment cut short by the snap length: not reassembled', n);
      this.count(other);
      return;
    }
    const r = (this.reassembly ??= new IpReassembly(this.bytes, this.view));
    const outcome = r.add(version, ip, origLen);
    if (r.takeEvicted() > 0) this.warnFrame(EVICTED_WARNING, n);
    if (outcome !== 'complete') {
      const dropped = droppedWarning(outcome);
      if (dropped !== null) this.warnFrame(dropped, n);
      this.count(other);
      return;
    }
    const data = r.assemble();
    const view = new DataView(data.buffer);
    ip.protocol = r.protocol;
    ip.payloadOff = 0;
    ip.payloadLen = data.length;
    if (version === 6) {
      const problem = decodeIPv6Reassembled(view, data.length, r.protocol, ip);
      if (problem !== null) {
        this.warnFrame(problem, n);
        this.count(other);
        return;
      }
    }
    this.upper(version, n, t, data, view, data.length, r.wireBytes);
  }

  /** The TCP segment `this.ip` points at, in `bytes` / `view` (the capture's, or a reassembled
   * packet's); the addresses are read from the frame. */
  private tcpSegment(
    version: 4 | 6,
    n: number,
    t: number,
    bytes: Uint8Array,
    view: DataView,
    end: number,
    frameLen: number,
  ): void {
    const ip = this.ip;
    const off = ip.payloadOff;
    const segLen = ip.payloadLen;
    const capEnd = Math.min(end, off + segLen);
    const problem = tcpHeaderProblem(view, off, segLen, capEnd);
    if (problem !== null) {
      this.warnFrame(problem, n);
      this.count(version === 4 ? 'IPv4 other' : 'IPv6 other');
      return;
    }
    const a = this.addresses;
    const frame = this.view;
    const sport = view.getUint16(off);
    const dport = view.getUint16(off + 2);
    const src = version === 4 ? a.ipv4(frame, ip.srcOff, sport) : a.ipv6(frame, ip.srcOff, sport);
    const dst = version === 4 ? a.ipv4(frame, ip.dstOff, dport) : a.ipv6(frame, ip.dstOff, dport);
    this.tcp.push(
      readTcpPacket(bytes, view, off, segLen, capEnd, n, t, version, src, dst, frameLen),
    );
  }

  private count(protocol: string): void {
    this.other[protocol] = (this.other[protocol] ?? 0) + 1;
  }

  private warnFrame(problem: string, n: number): void {
    const w = this.warnings.get(problem);
    if (w) w.count++;
    else this.warnings.set(problem, { count: 1, where: `frame ${n}`, unit: 'frames' });
  }

  warn(problem: string, where: string): void {
    const w = this.warnings.get(problem);
    if (w) w.count++;
    else this.warnings.set(problem, { count: 1, where, unit: 'blocks' });
  }

  stop(code: CaptureErrorCode, message: string): void {
    this.stopped = { code, message };
    const skipped = code === 'truncated' ? '' : ' The rest of the file was not read.';
    this.warnings.set(message + skipped, { count: 1, where: '', unit: 'once' });
  }

  /** The result, or the stop as an error when not one frame was read. */
  finish(format: CaptureFile['format']): CaptureFile {
    if (this.stopped && this.frames === 0) {
      throw new CaptureError(this.stopped.code, this.stopped.message);
    }
    const incomplete = this.reassembly?.incomplete() ?? 0;
    if (incomplete > 0) {
      this.warnings.set(incompleteWarning(incomplete), { count: 1, where: '', unit: 'once' });
    }
    if (this.minT < 0) {
      const shift = -this.minT;
      for (const p of this.tcp) p.t += shift;
      this.warnings.set(
        `${this.early} frame${this.early === 1 ? ' is' : 's are'} timestamped before the first frame: times count from the earliest.`,
        { count: 1, where: '', unit: 'once' },
      );
    }
    this.opts.onProgress?.(1);
    return {
      format,
      linkTypes: this.linkTypes,
      frames: this.frames,
      bytes: this.bytes.length,
      durationMs: this.maxT - this.minT,
      tcp: this.tcp,
      otherProtocols: this.other,
      warnings: [...this.warnings].map(([problem, w]) => warningText(problem, w)),
    };
  }
}

/** `units` of 1/`unitsPerSec` s in ms. */
const msOf = (units: number, unitsPerSec: number): number =>
  unitsPerSec >= 1000 ? units / (unitsPerSec / 1000) : units * (1000 / unitsPerSec);

/** "frame 12: IPv4 header truncated", or "IPv4 header truncated: 3 frames (first: frame 12)". */
function warningText(problem: string, w: WarningCount): string {
  if (w.unit === 'once') return problem;
  if (w.count === 1) return `${w.where}: ${problem}`;
  return `${problem}: ${w.count} ${w.unit} (first: ${w.where})`;
}

/** The message for a file that is neither format. */
function notACapture(bytes: Uint8Array): CaptureError {
  if (bytes.length < 4) {
    return new CaptureError(
      'not-a-capture',
      `Not a pcap or pcapng file (it is only ${bytes.length} byte${bytes.length === 1 ? '' : 's'} long).`,
    );
  }
  const start = hexPrefix(bytes, 4);
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new CaptureError(
    'not-a-capture',
    gzip
      ? `Not a pcap or pcapng file (it starts with ${start}, like a gzip file: uncompress it first).`
      : `Not a pcap or pcapng file (it starts with ${start}).`,
  );
}

/**
 * Reads a pcap or pcapng file (told apart by the magic number) into its TCP packets and counts of
 * everything else. Damage after good frames becomes `warnings` and the frames before are kept;
 * throws `CaptureError` only when nothing usable can be read (empty, not a capture, cut or damaged
 * before its first frame). Synchronous: meant for a Web Worker. Payloads are views into `bytes`.
 */
export function readCapture(bytes: Uint8Array, opts: ReadCaptureOptions = {}): CaptureFile {
  if (bytes.length === 0) throw new CaptureError('empty', 'The file is empty.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = isPcapng(view) ? 'pcapng' : isPcap(view) ? 'pcap' : null;
  if (format === null) throw notACapture(bytes);
  const builder = new CaptureBuilder(bytes, view, opts);
  try {
    if (format === 'pcap') readPcap(view, builder);
    else readPcapng(view, builder);
  } catch (e) {
    // A bug, not the file: keep what was read and say so (the fuzz tests look for this).
    builder.stop(
      'internal',
      `Reading stopped at frame ${builder.frames + 1} because of an internal error (${String(e)}).`,
    );
  }
  return builder.finish(format);
}
