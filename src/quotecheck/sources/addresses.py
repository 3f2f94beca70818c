"""Which addresses quotecheck may fetch from: public ones only, unless told otherwise.

A draft anyone can edit names the links quotecheck fetches, from inside a newsroom's CI
runner: a link to ``http://169.254.169.254/`` (a cloud's metadata service), to
``http://localhost:8080/admin`` or to a name that resolves into the office network would
make quotecheck a way in (server-side request forgery). Every connection is checked, the
first and each redirect's, after the name is resolved, and the connection is made to the
very address that was checked, so a name that resolves differently a second time (DNS
rebinding) gains nothing. ``--allow-private-hosts`` opens intranet addresses on purpose.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
"""IPv6 prefixes that carry an IPv4 address to a translator: 64:ff9b::a00:1 is 10.0.0.1."""
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
"""The deprecated ::a.b.c.d form."""
OPEN_WITH = "--allow-private-hosts opens intranet addresses"


class RefusedAddress(Exception):
    """A connection quotecheck will not make; the message says why, for the report."""


class CannotResolve(Exception):
    """A host name with no address (or none in time)."""


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for, if it carries one (mapped, 6to4,
    NAT64, IPv4-compatible): ::ffff:127.0.0.1 reaches 127.0.0.1."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in net for net in NAT64) or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def why_internal(ip: IPAddress) -> str | None:
    """What kind of internal address ``ip`` is, or None for a public one."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None:
            reason = why_internal(inner)
            return f"{reason} ({inner}) in IPv6 form" if reason else None
    if ip.is_unspecified:
        return "the unspecified address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address (where cloud metadata services answer)"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private:
        return "a private network address"
    if not ip.is_global:
        return "a reserved address, not on the public internet"
    return None


@dataclass(frozen=True)
class HostPolicy:
    """Which addresses may be fetched from. Default: public addresses only."""

    allow_private: bool = False
    """Any address, intranet included (``--allow-private-hosts``)."""
    allowed: tuple[str, ...] = ()
    """Networks allowed besides the public internet, e.g. ``("10.20.0.0/16",)``."""

    def refusal(self, ip: IPAddress, host: str) -> str | None:
        """Why a connection to ``ip`` (what ``host`` resolved to) is refused, or None."""
        if self.allow_private or any(ip in ipaddress.ip_network(net) for net in self.allowed):
            return None
        reason = why_internal(ip)
        if reason is None:
            return None
        named = f"{host} resolves to {ip}," if literal(host) is None else f"{ip} is"
        return f"refused: {named} {reason}; quotecheck fetches only public addresses ({OPEN_WITH})"

    def check_literal(self, host: str) -> None:
        """Refuse an address written as a number (``http://127.0.0.1/``, ``http://[::1]/``)
        before any request: the clearest message, and no connection attempt at all."""
        ip = literal(host)
        if ip is not None:
            reason = self.refusal(ip, host)
            if reason:
                raise RefusedAddress(reason)

    def pick(self, host: str, addresses: list[str]) -> str:
        """The address to connect to: the first that resolved, once every one of them is
        allowed (a name with one public and one internal address is refused: which one a
        later lookup gives is the attacker's choice)."""
        if not addresses:
            raise CannotResolve(f"cannot resolve {host}")
        for address in addresses:
            reason = self.refusal(ipaddress.ip_address(address), host)
            if reason:
                raise RefusedAddress(reason)
        return addresses[0]


def literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def resolve(host: str, port: int, timeout: float) -> list[str]:
    """The addresses of ``host``, in the resolver's order, within ``timeout`` seconds: the
    system resolver has no timeout of its own, so it runs in a thread that is left behind
    if it does not answer in time."""
    if literal(host) is not None:
        return [str(literal(host))]
    answer: dict[str, Any] = {}

    def lookup() -> None:
        try:
            answer["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            answer["error"] = exc

    worker = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise CannotResolve(f"cannot resolve {host} within {timeout:.2g} s")
    if "error" in answer:
        raise CannotResolve(f"cannot resolve {host}")
    seen: list[str] = []
    for _, _, _, _, sockaddr in answer["infos"]:
        address = str(sockaddr[0])
        if address not in seen:
            seen.append(address)
    return seen
