#!/usr/bin/env python3
"""Tiny static HTTP server for the capture fixtures (scripts/captures/make-fixtures.sh).

Usage: serve.py DIR ADDRESS PORT [HTTP/1.0|HTTP/1.1]

Serves DIR on ADDRESS:PORT (IPv4 or IPv6 literal). HTTP/1.1 keeps the connection open
for further requests (keep-alive). HTTP/1.0 (the default, like `python3 -m http.server`)
answers without a Content-Length, as classic HTTP/1.0 servers did, so the body ends where
the server closes the connection: the server sends the first FIN. Logs nothing. Runs until
killed.
"""
import functools
import http.server
import socket
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_header(self, keyword, value):
        if self.protocol_version == "HTTP/1.0" and keyword.lower() == "content-length":
            return
        super().send_header(keyword, value)


class Server(http.server.ThreadingHTTPServer):
    allow_reuse_address = True


def main():
    directory, address, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    Handler.protocol_version = sys.argv[4] if len(sys.argv) > 4 else "HTTP/1.0"
    Server.address_family = socket.AF_INET6 if ":" in address else socket.AF_INET
    handler = functools.partial(Handler, directory=directory)
    with Server((address, port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
