"""The demo server stays quiet when a client hangs up mid-request (no traceback on stderr)."""

from __future__ import annotations

import socket
import struct
import time

import pytest

from newsarchive.demo import DemoSites


def test_a_client_resetting_its_connection_prints_nothing(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with DemoSites(days=1, per_day=2) as demo:
        url = next(iter(demo.urls.values())) if isinstance(demo.urls, dict) else demo.urls[0]
        host, port = url.split("//")[1].strip("/").split(":")
        for _ in range(3):
            conn = socket.create_connection((host, int(port)))
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.send(b"GET / HT")  # half a request line, then a reset
            conn.close()
        time.sleep(0.5)
        with socket.create_connection((host, int(port))) as ok:  # still serving
            ok.sendall(b"GET / HTTP/1.0\r\nHost: x\r\n\r\n")
            assert ok.recv(12).startswith(b"HTTP/1.")
    err = capfd.readouterr().err
    assert "Traceback" not in err and "ConnectionResetError" not in err, err[-500:]
