"""No network for the Pythons a test starts (``python -m quotecheck ...``).

conftest.py puts this folder first on ``PYTHONPATH`` and names a log file in
``QUOTECHECK_TEST_NETWORK_LOG``; every Python started by a test then loads this module
(Python imports ``sitecustomize`` at start-up). A name lookup beyond this machine fails as
on an offline machine, a connection beyond it is refused, and each attempt is written to
the log, which conftest.py turns into a failure of the test that started the process.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
from typing import Any

LOG_VARIABLE = "QUOTECHECK_TEST_NETWORK_LOG"


def names_this_machine(host: str) -> bool:
    """A host whose lookup never leaves the machine: localhost, or an address in any of
    the spellings the C library reads without asking a name server (127.1, 0x7f000001)."""
    if host in ("", "localhost") or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return True
    except ValueError:
        pass
    try:
        socket.inet_aton(host)
        return True
    except OSError:
        return False


def on_this_machine(address: Any) -> bool:
    """A socket address on this machine (loopback), or not an internet address at all."""
    if not isinstance(address, tuple):
        return True  # a Unix socket
    try:
        return ipaddress.ip_address(str(address[0]).split("%", 1)[0]).is_loopback
    except ValueError:
        return address[0] == "localhost"


def guard(log: str) -> None:
    real_lookup = socket.getaddrinfo
    real_connect = socket.socket.connect

    def note(what: str) -> None:
        with open(log, "a", encoding="utf-8") as f:
            f.write(what + "\n")

    def lookup(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is None or names_this_machine(str(name)):
            return real_lookup(host, port, *args, **kwargs)
        note(f"looked up {name}")
        raise socket.gaierror(socket.EAI_NONAME, f"{name}: tests never look up names beyond this machine")

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not on_this_machine(address):
            note(f"connected to {address!r}")
            raise OSError(errno.ENETUNREACH, "tests never connect beyond this machine")
        return real_connect(self, address)

    socket.getaddrinfo = lookup  # type: ignore[assignment]
    socket.socket.connect = connect  # type: ignore[method-assign]


if os.environ.get(LOG_VARIABLE):
    guard(os.environ[LOG_VARIABLE])
