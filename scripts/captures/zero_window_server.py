#!/usr/bin/env python3
"""A TCP receiver that provokes a zero window (scripts/captures/make-fixtures.sh).

Usage: zero_window_server.py ADDRESS PORT [SLEEP_SECONDS]

Listens with a small receive buffer (SO_RCVBUF 4096, set before listen so the accepted
socket inherits it and advertises a small window scale), accepts one connection, sleeps
without reading so the sender fills the buffer and the window closes (the kernel then
answers the sender's zero-window probes), then reads everything until EOF and exits.
"""
import socket
import sys
import time


def main():
    address, port = sys.argv[1], int(sys.argv[2])
    pause = float(sys.argv[3]) if len(sys.argv) > 3 else 1.5
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        listener.bind((address, port))
        listener.listen(1)
        conn, _ = listener.accept()
        with conn:
            time.sleep(pause)
            while conn.recv(65536):
                pass


if __name__ == "__main__":
    main()
