#!/usr/bin/env node
// Small byte-level tools for the capture fixtures (called by scripts/captures/make-fixtures.sh).
// Linux cannot capture BSD loopback (LINKTYPE_NULL) or raw IP (LINKTYPE_RAW) frames, does not
// fragment TCP, and the error fixtures are not captures at all, so they are made here from a real
// Ethernet capture:
//
//   node pcap-tools.mjs relink IN.pcap OUT.pcap null|raw
//       IN is a classic pcap (either byte order, µs or ns) with LINKTYPE_ETHERNET (1). Every
//       record loses its 14-byte Ethernet header (caplen and len shrink by 14); for `null` a 4-byte
//       address family is prepended in little-endian order (the byte order of the x86/ARM host
//       that writes such files, which is also this file header's order): AF_INET = 2 for IPv4,
//       and 24 for IPv6 (the value NetBSD/OpenBSD use; FreeBSD writes 28 and macOS 30 — readers
//       should accept all three). OUT is a little-endian µs/ns pcap with LINKTYPE_NULL (0) or
//       LINKTYPE_RAW (101). Frames that are neither IPv4 nor IPv6 are dropped.
//   node pcap-tools.mjs fragment IN.pcap OUT.pcap
//       IN is a classic Ethernet pcap of one TCP exchange over IPv4, or over IPv6 without extension
//       headers (the kernel sets DF and never fragments TCP, so fragmented TCP is made here).
//       Every TCP segment with data whose IP payload (TCP header + data) is longer than 48 bytes
//       is split into fragments of 48 bytes of that payload (the last one shorter): IPv4 fragments
//       (DF cleared, MF and the offset set, a new identification 0x5701, 0x5702, … per packet,
//       the header checksum computed again) or IPv6 packets with a Fragment header after the
//       fixed header (identification 0x57000001, …). Every fragment is captured whole. The
//       fragments of a packet are 1 µs apart and the last one written keeps the packet's time.
//       Two fragments are put out of order (the last two of the first packet split, so that the
//       fragment without MF comes before the one that completes the packet) and one is repeated
//       (the second fragment of the second packet split, sent again right after itself).
//   node pcap-tools.mjs truncate IN.pcap OUT.pcap
//       Copies IN up to the middle of the data of its third packet record (a valid file header
//       and two whole records, then a record whose header promises more bytes than follow).
//   node pcap-tools.mjs bad-magic OUT
//       512 pseudo-random bytes from a fixed seed (xorshift32), so every run writes the same
//       file; the first four bytes are no pcap or pcapng magic number.
//   node pcap-tools.mjs empty-pcapng OUT
//       A pcapng file holding one Section Header Block (little-endian, version 1.0, section
//       length unknown) and nothing else: no interface, no packet.
import { readFileSync, writeFileSync } from 'node:fs';

const ETHERNET = 1;
const NULL = 0;
const RAW = 101;
const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;

function fail(message) {
  process.stderr.write(`pcap-tools: ${message}\n`);
  process.exit(1);
}

/** Reads a classic pcap file into its header fields and records (data as Buffer slices). */
function readPcap(path) {
  const buf = readFileSync(path);
  if (buf.length < 24) fail(`${path}: shorter than a pcap file header`);
  let le;
  const magicLe = buf.readUInt32LE(0);
  const magicBe = buf.readUInt32BE(0);
  if (magicLe === MAGIC_US || magicLe === MAGIC_NS) le = true;
  else if (magicBe === MAGIC_US || magicBe === MAGIC_NS) le = false;
  else fail(`${path}: not a classic pcap file`);
  const u32 = (off) => (le ? buf.readUInt32LE(off) : buf.readUInt32BE(off));
  const u16 = (off) => (le ? buf.readUInt16LE(off) : buf.readUInt16BE(off));
  const header = {
    nanos: u32(0) === MAGIC_NS,
    major: u16(4),
    minor: u16(6),
    snaplen: u32(16),
    linktype: u32(20) & 0x0fffffff,
  };
  const records = [];
  let off = 24;
  while (off + 16 <= buf.length) {
    const caplen = u32(off + 8);
    if (off + 16 + caplen > buf.length) fail(`${path}: truncated record at byte ${off}`);
    records.push({
      offset: off,
      tsSec: u32(off),
      tsFrac: u32(off + 4),
      len: u32(off + 12),
      data: buf.subarray(off + 16, off + 16 + caplen),
    });
    off += 16 + caplen;
  }
  return { buf, header, records };
}

function writePcap(path, header, linktype, records) {
  const parts = [];
  const fh = Buffer.alloc(24);
  fh.writeUInt32LE(header.nanos ? MAGIC_NS : MAGIC_US, 0);
  fh.writeUInt16LE(2, 4);
  fh.writeUInt16LE(4, 6);
  fh.writeInt32LE(0, 8); // thiszone
  fh.writeUInt32LE(0, 12); // sigfigs
  fh.writeUInt32LE(header.snaplen, 16);
  fh.writeUInt32LE(linktype, 20);
  parts.push(fh);
  for (const r of records) {
    const rh = Buffer.alloc(16);
    rh.writeUInt32LE(r.tsSec, 0);
    rh.writeUInt32LE(r.tsFrac, 4);
    rh.writeUInt32LE(r.data.length, 8);
    rh.writeUInt32LE(r.len, 12);
    parts.push(rh, r.data);
  }
  writeFileSync(path, Buffer.concat(parts));
}

function relink(input, output, kind) {
  const { header, records } = readPcap(input);
  if (header.linktype !== ETHERNET) fail(`${input}: link type ${header.linktype}, not Ethernet`);
  if (kind !== 'null' && kind !== 'raw') fail(`unknown link type ${kind} (null or raw)`);
  const out = [];
  for (const r of records) {
    if (r.data.length < 14) continue;
    const ethertype = r.data.readUInt16BE(12);
    if (ethertype !== 0x0800 && ethertype !== 0x86dd) continue;
    const ip = r.data.subarray(14);
    if (kind === 'raw') {
      out.push({ ...r, len: r.len - 14, data: ip });
    } else {
      const family = Buffer.alloc(4);
      family.writeUInt32LE(ethertype === 0x0800 ? 2 : 24, 0);
      out.push({ ...r, len: r.len - 14 + 4, data: Buffer.concat([family, ip]) });
    }
  }
  const snaplen = kind === 'raw' ? header.snaplen - 14 : header.snaplen - 10;
  writePcap(output, { ...header, snaplen }, kind === 'raw' ? RAW : NULL, out);
}

/** Bytes of IP payload per fragment (a multiple of 8, as RFC 791 and RFC 8200 require). */
const FRAGMENT_BYTES = 48;

/** The RFC 791 header checksum of `header` (its checksum field zeroed first). */
function ipv4Checksum(header) {
  let sum = 0;
  for (let i = 0; i < header.length; i += 2) sum += header.readUInt16BE(i);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** The frames of one IP packet of record `r` split into fragments (Ethernet frames), or null
 * when it is no TCP segment with data longer than one fragment. `id` is the packet's number. */
function fragmentsOf(r, id) {
  const eth = r.data.subarray(0, 14);
  const ethertype = r.data.readUInt16BE(12);
  if (ethertype === 0x0800) {
    const ip = r.data.subarray(14);
    const ihl = (ip[0] & 15) * 4;
    const total = ip.readUInt16BE(2);
    if (ip[9] !== 6 || ip.readUInt16BE(6) & 0x3fff) return null;
    const payload = ip.subarray(ihl, total);
    if (!tcpHasData(payload) || payload.length <= FRAGMENT_BYTES) return null;
    return pieces(payload).map(([from, to]) => {
      const header = Buffer.from(ip.subarray(0, ihl));
      header.writeUInt16BE(ihl + to - from, 2);
      header.writeUInt16BE(0x5700 + id, 4);
      header.writeUInt16BE((to < payload.length ? 0x2000 : 0) | (from / 8), 6);
      header.writeUInt16BE(0, 10);
      header.writeUInt16BE(ipv4Checksum(header), 10);
      return Buffer.concat([eth, header, payload.subarray(from, to)]);
    });
  }
  if (ethertype === 0x86dd) {
    const ip = r.data.subarray(14);
    if (ip[6] === 44) fail('an IPv6 packet is fragmented already');
    if (ip[6] !== 6) return null;
    const payload = ip.subarray(40, 40 + ip.readUInt16BE(4));
    if (!tcpHasData(payload) || payload.length <= FRAGMENT_BYTES) return null;
    return pieces(payload).map(([from, to]) => {
      const header = Buffer.from(ip.subarray(0, 40));
      header.writeUInt16BE(8 + to - from, 4);
      header[6] = 44;
      const frag = Buffer.alloc(8);
      frag[0] = 6;
      frag.writeUInt16BE(from | (to < payload.length ? 1 : 0), 2);
      frag.writeUInt32BE(0x57000000 + id, 4);
      return Buffer.concat([eth, header, frag, payload.subarray(from, to)]);
    });
  }
  return null;
}

/** True when the TCP segment `tcp` carries data. */
const tcpHasData = (tcp) => tcp.length > (tcp[12] >> 4) * 4;

/** [from, to) of each fragment of `payload`. */
function pieces(payload) {
  const out = [];
  for (let from = 0; from < payload.length; from += FRAGMENT_BYTES) {
    out.push([from, Math.min(payload.length, from + FRAGMENT_BYTES)]);
  }
  return out;
}

function fragment(input, output) {
  const { header, records } = readPcap(input);
  if (header.linktype !== ETHERNET) fail(`${input}: link type ${header.linktype}, not Ethernet`);
  const perSec = header.nanos ? 1_000_000_000n : 1_000_000n;
  const step = header.nanos ? 1000n : 1n;
  const out = [];
  let packets = 0;
  let last = 0n;
  for (const r of records) {
    const at = BigInt(r.tsSec) * perSec + BigInt(r.tsFrac);
    const frames = fragmentsOf(r, packets + 1);
    if (frames === null) {
      out.push(r);
      last = at;
      continue;
    }
    packets++;
    if (packets === 1) frames.push(...frames.splice(-2).reverse());
    if (packets === 2) frames.splice(2, 0, frames[1]);
    frames.forEach((data, k) => {
      let t = at - BigInt(frames.length - 1 - k) * step;
      if (t < last) t = last;
      last = t;
      out.push({ tsSec: Number(t / perSec), tsFrac: Number(t % perSec), len: data.length, data });
    });
  }
  if (packets < 2) fail(`${input}: fewer than two TCP segments to fragment`);
  writePcap(output, header, ETHERNET, out);
}

function truncate(input, output) {
  const { buf, records } = readPcap(input);
  const third = records[2];
  if (!third) fail(`${input}: fewer than three records`);
  const cut = third.offset + 16 + Math.floor(third.data.length / 2);
  writeFileSync(output, buf.subarray(0, cut));
}

function badMagic(output) {
  const bytes = Buffer.alloc(512);
  let x = 0x5eed1234;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  const known = [MAGIC_US, MAGIC_NS, 0x0a0d0d0a, 0xd4c3b2a1, 0x4d3cb2a1];
  if (known.includes(bytes.readUInt32LE(0)) || known.includes(bytes.readUInt32BE(0))) {
    fail('seed produced a known magic number');
  }
  writeFileSync(output, bytes);
}

function emptyPcapng(output) {
  const shb = Buffer.alloc(28);
  shb.writeUInt32LE(0x0a0d0d0a, 0); // block type
  shb.writeUInt32LE(28, 4); // block total length
  shb.writeUInt32LE(0x1a2b3c4d, 8); // byte-order magic
  shb.writeUInt16LE(1, 12); // major
  shb.writeUInt16LE(0, 14); // minor
  shb.writeInt32LE(-1, 16); // section length: unknown (64-bit -1)
  shb.writeInt32LE(-1, 20);
  shb.writeUInt32LE(28, 24); // block total length again
  writeFileSync(output, shb);
}

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'relink':
    relink(args[0], args[1], args[2]);
    break;
  case 'fragment':
    fragment(args[0], args[1]);
    break;
  case 'truncate':
    truncate(args[0], args[1]);
    break;
  case 'bad-magic':
    badMagic(args[0]);
    break;
  case 'empty-pcapng':
    emptyPcapng(args[0]);
    break;
  default:
    fail('usage: pcap-tools.mjs relink|fragment|truncate|bad-magic|empty-pcapng ...');
}
