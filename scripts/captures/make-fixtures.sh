#!/usr/bin/env bash
# Makes the capture and HAR fixtures of src/capture/fixtures/ (issue 6) and tshark's reading of
# each, on this machine, with no traffic ever leaving it.
#
#   sudo bash scripts/captures/make-fixtures.sh        (root: network namespaces, tcpdump)
#
# Needs (Debian): tcpdump tshark (with dumpcap and capinfos) openssl curl iproute2 iptables ethtool
# python3, and node with the project's node_modules (playwright-core, prettier) plus
# /usr/bin/chromium (or $CHROMIUM_PATH) for the HAR:
#   echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections
#   DEBIAN_FRONTEND=noninteractive apt-get install -y tcpdump tshark openssl curl iproute2 \
#     iptables ethtool python3 chromium
#
# Every exchange runs inside network namespaces made here, so captures hold only the traffic made
# on purpose: ww-fix-lo has only a loopback; ww-fix-snd (10.9.1.1) and ww-fix-rcv (10.9.2.1) are
# joined through a router namespace ww-fix-rtr by two veth pairs. For bulk-loss the router drops
# 3% of the sender's segments at random (iptables statistic in FORWARD, where the sender's
# software GSO has already cut its super-packets into MTU-sized segments, so one drop is one
# segment; this kernel has no sch_netem) and shapes the link to the receiver to 20 Mbit/s with a
# deep queue (tbf, latency 400 ms: no tail drops, but the RTT grows as the queue fills, so many
# segments are in flight and each loss brings a train of duplicate ACKs).
#
# Servers: scripts/captures/serve.py (HTTP/1.0 or 1.1 static files), `openssl s_server`
# (self-signed RSA certificate made in the temporary directory), zero_window_server.py; clients:
# curl, `openssl s_client`, python3; record-har.mjs drives Chromium for the HARs. tcpdump writes
# most classic .pcap files (µs; sll.pcap is `dumpcap -P`); dumpcap writes the .pcapng ones (SHB,
# IDB with if_name/filter/tsresol, EPBs, an Interface Statistics Block). pcap-tools.mjs converts
# Ethernet captures to null/raw (Linux cannot capture those link types), cuts TCP segments into IP
# fragments (Linux never fragments TCP) and makes the broken files. tshark-reading.mjs writes <name>.tshark.json and <name>.summary.json (tshark with its
# default preferences: an empty WIRESHARK_CONFIG_DIR). fixtures-readme.mjs then writes
# src/capture/fixtures/README.md with the numbers of this run, and prettier formats what was
# written (the project's lint checks it).
#
# Idempotent: every run rewrites the same files (the captures differ in times, ports, ISNs and,
# for bulk-loss, in which segments were lost). A capture during which the kernel dropped packets
# is made again. Namespaces, processes and the temporary directory it made are removed on exit,
# also on failure or Ctrl-C. Takes about a minute.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$ROOT/src/capture/fixtures"
NS=ww-fix-lo
NS_SND=ww-fix-snd
NS_RTR=ww-fix-rtr
NS_RCV=ww-fix-rcv
SND_IP=10.9.1.1
RCV_IP=10.9.2.1
BULK_BYTES=$((480 * 1024))
BULK_LOSS=0.03
BULK_TRIES=6
ZERO_WINDOW_BYTES=$((64 * 1024))

TMP="$(mktemp -d /tmp/ww-fixtures.XXXXXX)"
PIDS=()

log() { printf '== [%3ds] %s\n' "$SECONDS" "$*" >&2; }
die() {
  printf 'make-fixtures: %s\n' "$*" >&2
  exit 1
}

cleanup() {
  local status=$?
  set +e
  local pid
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
    fi
  done
  for ns in "$NS" "$NS_SND" "$NS_RTR" "$NS_RCV"; do
    ip netns del "$ns" 2>/dev/null
  done
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- checks -------------------------------------------------------------------------------------
[ "$(id -u)" = 0 ] || die "run as root (network namespaces and packet capture)"
for tool in tcpdump dumpcap tshark capinfos openssl curl ip iptables ethtool python3 node; do
  command -v "$tool" >/dev/null || die "missing $tool (see the top of this script)"
done
[ -d "$ROOT/node_modules/playwright-core" ] || die "run npm ci first (playwright-core)"
mkdir -p "$OUT"
# tshark/dumpcap with default preferences, whatever the user's profile says.
export WIRESHARK_CONFIG_DIR="$TMP/wireshark"
mkdir -p "$WIRESHARK_CONFIG_DIR"

# --- helpers ------------------------------------------------------------------------------------
in_ns() {
  local ns=$1
  shift
  ip netns exec "$ns" "$@"
}

# bg NS CMD...: start CMD in namespace NS in the background; its pid is in $BG_PID.
bg() {
  local ns=$1
  shift
  ip netns exec "$ns" "$@" >>"$TMP/background.log" 2>&1 &
  BG_PID=$!
  PIDS+=("$BG_PID")
}

# stop PID: end one process this script started and reap it.
stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# wait_listen NS PORT: until something listens on TCP PORT in NS (5 s at most).
wait_listen() {
  local i
  for i in $(seq 100); do
    if [ -n "$(in_ns "$1" ss -Hltn "sport = :$2")" ]; then return 0; fi
    sleep 0.05
  done
  die "nothing listens on port $2 in $1"
}

# capture_start NS TOOL FILE ARGS...: tcpdump or dumpcap writing FILE in NS; waits until the
# capture runs. Its pid is in $CAP_PID.
capture_start() {
  local ns=$1 tool=$2 file=$3
  shift 3
  CAP_LOG="$TMP/capture.log"
  : >"$CAP_LOG"
  rm -f "$file"
  if [ "$tool" = tcpdump ]; then
    # --immediate-mode: without it, packets still in the kernel's ring buffer when tcpdump is
    # stopped are lost (TPACKET_V3 hands them over by blocks).
    ip netns exec "$ns" tcpdump --immediate-mode -U -w "$file" "$@" 2>"$CAP_LOG" &
  else
    ip netns exec "$ns" dumpcap -w "$file" "$@" 2>"$CAP_LOG" &
  fi
  CAP_PID=$!
  PIDS+=("$CAP_PID")
  local i
  for i in $(seq 100); do
    if grep -q -e 'listening on' -e 'Capturing on' "$CAP_LOG"; then
      sleep 0.2
      return 0
    fi
    kill -0 "$CAP_PID" 2>/dev/null || break
    sleep 0.05
  done
  cat "$CAP_LOG" >&2
  die "$tool did not start"
}

# capture_stop: let the last packets in, then stop the capture (SIGINT, so the file is complete).
# Fails when the kernel dropped packets (as tcpdump or dumpcap report it).
capture_stop() {
  sleep 0.5
  kill -INT "$CAP_PID" 2>/dev/null || true
  wait "$CAP_PID" 2>/dev/null || true
  if grep -q -E '^[1-9][0-9]* packets? dropped by kernel' "$CAP_LOG" ||
    grep -q -E "received/dropped on interface .*: [0-9]+/[1-9]" "$CAP_LOG"; then
    return 1
  fi
}

# record FILE NS TOOL CAPTURE-ARGS... -- COMMAND...: capture while COMMAND runs; again (3 tries)
# if the kernel dropped packets. The file is made readable and owned like the fixtures folder.
record() {
  local file=$1 ns=$2 tool=$3
  shift 3
  local args=()
  while [ "$1" != -- ]; do
    args+=("$1")
    shift
  done
  shift
  local try
  for try in 1 2 3; do
    capture_start "$ns" "$tool" "$file" "${args[@]}"
    "$@"
    if capture_stop; then
      chown --reference="$OUT" "$file"
      chmod 644 "$file"
      return 0
    fi
    log "the kernel dropped packets during the capture of $(basename "$file"): again"
  done
  die "could not capture $(basename "$file") without drops"
}

reading() {
  node "$HERE/tshark-reading.mjs" "$1"
}

count() {
  # count FILE MARK: frames tshark marks with tcp.analysis.MARK
  tshark -r "$1" -Y "tcp.analysis.$2" -T fields -e frame.number 2>/dev/null | wc -l
}

# --- namespaces ---------------------------------------------------------------------------------
for ns in "$NS" "$NS_SND" "$NS_RTR" "$NS_RCV"; do
  ip netns del "$ns" 2>/dev/null || true
done
for ns in "$NS" "$NS_SND" "$NS_RTR" "$NS_RCV"; do
  ip netns add "$ns"
  in_ns "$ns" ip link set lo up
done
# snd [ww-fix-s] <-> [ww-fix-rs] rtr [ww-fix-rr] <-> [ww-fix-r] rcv
ip link add ww-fix-s type veth peer name ww-fix-rs
ip link add ww-fix-r type veth peer name ww-fix-rr
ip link set ww-fix-s netns "$NS_SND"
ip link set ww-fix-rs netns "$NS_RTR"
ip link set ww-fix-rr netns "$NS_RTR"
ip link set ww-fix-r netns "$NS_RCV"
in_ns "$NS_SND" ip addr add "$SND_IP/24" dev ww-fix-s
in_ns "$NS_RTR" ip addr add 10.9.1.254/24 dev ww-fix-rs
in_ns "$NS_RTR" ip addr add 10.9.2.254/24 dev ww-fix-rr
in_ns "$NS_RCV" ip addr add "$RCV_IP/24" dev ww-fix-r
for link in "$NS_SND ww-fix-s" "$NS_RTR ww-fix-rs" "$NS_RTR ww-fix-rr" "$NS_RCV ww-fix-r"; do
  read -r ns dev <<<"$link"
  in_ns "$ns" ip link set "$dev" up
  # MTU-sized segments on the wire, as between two hosts (no TSO/GRO super-packets).
  in_ns "$ns" ethtool -K "$dev" tso off gso off gro off >/dev/null 2>&1 || true
done
in_ns "$NS_SND" ip route add default via 10.9.1.254
in_ns "$NS_RCV" ip route add default via 10.9.2.254
in_ns "$NS_RTR" sysctl -qw net.ipv4.ip_forward=1
in_ns "$NS_RTR" tc qdisc add dev ww-fix-rr root tbf rate 20mbit burst 16kb latency 400ms

# --- content ------------------------------------------------------------------------------------
WWW="$TMP/www"
mkdir -p "$WWW"
printf 'Hello from Wirewalk fixtures.\n' >"$WWW/hello.txt"
printf '<!doctype html>\n<title>Wirewalk</title>\n<p>Index of a small page.</p>\n' >"$WWW/index.html"
printf 'body { color: #222; }\n' >"$WWW/style.css"
printf 'console.log("wirewalk");\n' >"$WWW/app.js"
head -c "$BULK_BYTES" /dev/zero | tr '\0' 'w' >"$WWW/bulk.bin"

serve() {
  # serve NS ADDRESS PORT PROTO: static HTTP server on ADDRESS:PORT; pid in $SERVER_PID
  bg "$1" python3 "$HERE/serve.py" "$WWW" "$2" "$3" "$4"
  SERVER_PID=$BG_PID
  wait_listen "$1" "$3"
}

# --- 1. HTTP/1.0 with Connection: close ------------------------------------------------------------
log "http10-close.pcap"
serve "$NS" 127.0.0.1 80 HTTP/1.0
record "$OUT/http10-close.pcap" "$NS" tcpdump -i lo 'tcp port 80' -- \
  in_ns "$NS" curl -sS --http1.0 -H 'Connection: close' -o /dev/null http://127.0.0.1/hello.txt
stop "$SERVER_PID"

# --- 2. HTTP/1.1 keep-alive: three requests on one connection ------------------------------------
log "http11-keepalive.pcapng"
serve "$NS" 127.0.0.1 80 HTTP/1.1
record "$OUT/http11-keepalive.pcapng" "$NS" dumpcap -i lo -f 'tcp port 80' -- \
  in_ns "$NS" curl -sS -o /dev/null -o /dev/null -o /dev/null \
  http://127.0.0.1/index.html http://127.0.0.1/style.css http://127.0.0.1/app.js
stop "$SERVER_PID"

# --- 3. connection refused -------------------------------------------------------------------------
log "refused.pcap"
refuse() {
  if in_ns "$NS" curl -sS -o /dev/null http://127.0.0.1:81/ 2>/dev/null; then
    die "port 81 answered"
  fi
}
record "$OUT/refused.pcap" "$NS" tcpdump -i lo 'tcp port 81' -- refuse

# --- 4. TLS 1.2 (ECDHE and RSA key exchange) and TLS 1.3 ---------------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj /CN=example.test \
  -addext subjectAltName=DNS:example.test \
  -keyout "$TMP/key.pem" -out "$TMP/cert.pem" 2>/dev/null

tls_client() {
  # One TLS connection to s_server on port 443 (SNI example.test, ALPN http/1.1): the client
  # sends a line, the server (-rev) answers it reversed, the client closes (close_notify, FIN).
  (
    printf 'hello wirewalk\n'
    sleep 0.5
  ) | in_ns "$NS" openssl s_client -connect 127.0.0.1:443 -servername example.test \
    -alpn http/1.1 -brief "$@" >"$TMP/s_client.log" 2>&1 || {
    cat "$TMP/s_client.log" >&2
    die "openssl s_client $* failed"
  }
}
tls_capture() {
  # tls_capture FILE TOOL CLIENT-OPTIONS...
  local file=$1 tool=$2
  shift 2
  log "$(basename "$file") ($*)"
  # -naccept 1 would end the server after one connection, which a retried capture needs again.
  bg "$NS" openssl s_server -accept 127.0.0.1:443 -rev -quiet \
    -cert "$TMP/cert.pem" -key "$TMP/key.pem" -alpn http/1.1
  local server=$BG_PID
  wait_listen "$NS" 443
  if [ "$tool" = tcpdump ]; then
    record "$file" "$NS" tcpdump -i lo 'tcp port 443' -- tls_client "$@"
  else
    record "$file" "$NS" dumpcap -i lo -f 'tcp port 443' -- tls_client "$@"
  fi
  stop "$server"
  grep -E '^(Protocol version|Ciphersuite):' "$TMP/s_client.log" >&2
}
tls_capture "$OUT/tls12.pcapng" dumpcap -tls1_2
tls_capture "$OUT/tls13.pcapng" dumpcap -tls1_3
tls_capture "$OUT/tls12-rsa.pcap" tcpdump -tls1_2 -cipher AES128-SHA256

# --- 5. IPv6 -------------------------------------------------------------------------------------
log "ipv6.pcap"
serve "$NS" ::1 80 HTTP/1.1
record "$OUT/ipv6.pcap" "$NS" tcpdump -i lo 'tcp port 80' -- \
  in_ns "$NS" curl -sS -g -o /dev/null 'http://[::1]/hello.txt'
stop "$SERVER_PID"

# --- 6. Linux cooked captures (SLL v1 and v2) --------------------------------------------------------
# On the "any" pseudo-device libpcap keeps one copy of each loopback packet (not the outgoing one).
serve "$NS" 127.0.0.1 80 HTTP/1.1
log "sll.pcap"
# dumpcap -P (classic pcap), not tcpdump: tcpdump --immediate-mode on "any" often reports
# packets dropped by the kernel here, and loses them.
record "$OUT/sll.pcap" "$NS" dumpcap -P -i any -y LINUX_SLL -f 'tcp port 80' -- \
  in_ns "$NS" curl -sS -o /dev/null http://127.0.0.1/hello.txt
log "sll2.pcapng"
record "$OUT/sll2.pcapng" "$NS" dumpcap -i any -y LINUX_SLL2 -f 'tcp port 80' -- \
  in_ns "$NS" curl -sS -o /dev/null http://127.0.0.1/hello.txt
stop "$SERVER_PID"

# --- 7. BSD loopback (null) and raw IP, converted from the Ethernet captures -------------------------
log "null.pcap, raw.pcap, raw-ipv6.pcap"
node "$HERE/pcap-tools.mjs" relink "$OUT/http10-close.pcap" "$OUT/null.pcap" null
node "$HERE/pcap-tools.mjs" relink "$OUT/http10-close.pcap" "$OUT/raw.pcap" raw
node "$HERE/pcap-tools.mjs" relink "$OUT/ipv6.pcap" "$OUT/raw-ipv6.pcap" raw

# --- 8. bulk transfer with random loss, captured on the receiver's side ---------------------------
have_netem=no
if in_ns "$NS_SND" tc qdisc add dev ww-fix-s root netem delay 1ms 2>/dev/null; then
  have_netem=yes # noted in the README; the loss below works with or without it
  in_ns "$NS_SND" tc qdisc del dev ww-fix-s root
fi
in_ns "$NS_RTR" iptables -A FORWARD -p tcp -s "$SND_IP" --sport 80 \
  -m statistic --mode random --probability "$BULK_LOSS" -j DROP
serve "$NS_SND" "$SND_IP" 80 HTTP/1.1
bulk_ok=no
for try in $(seq "$BULK_TRIES"); do
  log "bulk-loss.pcapng (try $try)"
  record "$TMP/bulk.pcapng" "$NS_RCV" dumpcap -i ww-fix-r -s 128 -- \
    in_ns "$NS_RCV" curl -sS -o /dev/null "http://$SND_IP/bulk.bin"
  r=$(count "$TMP/bulk.pcapng" retransmission)
  f=$(count "$TMP/bulk.pcapng" fast_retransmission)
  d=$(count "$TMP/bulk.pcapng" duplicate_ack)
  l=$(count "$TMP/bulk.pcapng" lost_segment)
  log "retransmissions $r, fast retransmissions $f, duplicate ACKs $d, lost segments $l"
  if [ "$r" -gt 0 ] && [ "$f" -gt 0 ] && [ "$d" -gt 0 ] && [ "$l" -gt 0 ]; then
    bulk_ok=yes
    break
  fi
done
[ "$bulk_ok" = yes ] || die "no run of the bulk transfer showed all of retransmission, fast retransmission, duplicate ACK and lost segment"
cp -p "$TMP/bulk.pcapng" "$OUT/bulk-loss.pcapng"
stop "$SERVER_PID"
in_ns "$NS_RTR" iptables -F FORWARD

# --- 9. zero window: a receiver that does not read -----------------------------------------------
log "zero-window.pcap"
zero_window() {
  bg "$NS_RCV" python3 "$HERE/zero_window_server.py" "$RCV_IP" 5001 1.5
  local server=$BG_PID
  wait_listen "$NS_RCV" 5001
  in_ns "$NS_SND" python3 -c '
import socket, sys
s = socket.create_connection((sys.argv[1], 5001))
s.sendall(b"z" * int(sys.argv[2]))
s.shutdown(socket.SHUT_WR)
s.recv(1)
s.close()
' "$RCV_IP" "$ZERO_WINDOW_BYTES"
  wait "$server" || true
}
record "$OUT/zero-window.pcap" "$NS_RCV" tcpdump -i ww-fix-r -s 128 'tcp port 5001' -- zero_window

# --- 10. HAR ---------------------------------------------------------------------------------------
log "page.har, page-playwright.har"
in_ns "$NS" node "$HERE/record-har.mjs" "$OUT"

# --- 11. broken files ----------------------------------------------------------------------------
log "truncated.pcap, bad-magic.pcap, empty.pcapng"
node "$HERE/pcap-tools.mjs" truncate "$OUT/http10-close.pcap" "$OUT/truncated.pcap"
node "$HERE/pcap-tools.mjs" bad-magic "$OUT/bad-magic.pcap"
node "$HERE/pcap-tools.mjs" empty-pcapng "$OUT/empty.pcapng"

# --- 12. IP fragments: TCP segments cut into IPv4 and IPv6 fragments ---------------------------
# The kernel sets DF and never fragments TCP, so pcap-tools.mjs splits the data segments of two
# loopback captures (with one pair of fragments out of order and one fragment repeated).
log "fragmented.pcap, fragmented-ipv6.pcap"
node "$HERE/pcap-tools.mjs" fragment "$OUT/http10-close.pcap" "$OUT/fragmented.pcap"
node "$HERE/pcap-tools.mjs" fragment "$OUT/ipv6.pcap" "$OUT/fragmented-ipv6.pcap"

# --- 13. gzip-compressed copies (Wireshark writes .pcapng.gz; the page and the CLI open them) ----
# gzip -9 -n (no name, no time in the header), so the same capture always gives the same bytes;
# http11-keepalive-cut.pcapng.gz is the compressed file cut in half (a gzip stream that ends
# early). Not read by tshark: the tests compare them with the captures they compress.
log "http10-close.pcap.gz, http11-keepalive.pcapng.gz, http11-keepalive-cut.pcapng.gz"
gzip -9 -n -c "$OUT/http10-close.pcap" >"$OUT/http10-close.pcap.gz"
gzip -9 -n -c "$OUT/http11-keepalive.pcapng" >"$OUT/http11-keepalive.pcapng.gz"
gz_bytes=$(stat -c %s "$OUT/http11-keepalive.pcapng.gz")
head -c $((gz_bytes / 2)) "$OUT/http11-keepalive.pcapng.gz" >"$OUT/http11-keepalive-cut.pcapng.gz"

# --- tshark's reading of every capture, the README, formatting ----------------------------------
log "tshark readings"
TSHARK_VERSION="$(tshark --version 2>/dev/null | sed -n 1p)"
export TSHARK_VERSION
for f in "$OUT"/*.pcap "$OUT"/*.pcapng; do
  reading "$f"
done
node "$HERE/fixtures-readme.mjs" "$OUT" "$have_netem"
(cd "$ROOT" && npx --no-install prettier --log-level warn --write "$OUT" "$HERE")
log "done: $(du -ch "$OUT"/* | tail -1 | cut -f1) in $OUT"
