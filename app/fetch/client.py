"""Requests to other servers (article pages, feeds, webhooks), made safely.

Only http and https; bounded in time, size and redirects; and never to an address that is not
public — loopback, private, link-local (cloud metadata at 169.254.169.254), shared, reserved or
multicast — unless `ENTENTE_FETCH_ALLOW_HOSTS` names the host or a network holding it. The
address checked is the address connected to: a name is resolved once and the connection pinned
to that address (TLS still verifies the name), so a name that answers differently the second
time (DNS rebinding) cannot slip through. Every redirect is checked the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx

from app.core.config import Settings
from app.core.errors import BadGateway, InvalidInput

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
USER_AGENT = "Entente/0.1 (+https://github.com/entente; news reader)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class Refused(InvalidInput):
    """The URL may not be fetched: not http(s), or an address that is not public."""


class FetchFailed(BadGateway):
    """The other server could not be reached, timed out, or sent too much."""


@dataclass(frozen=True)
class Policy:
    """Where requests may go, and how long and large they may be."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5

    @classmethod
    def of(cls, settings: Settings) -> Policy:
        hosts, networks = set(), []
        for entry in settings.fetch_allow_hosts:
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                hosts.add(entry.lower().rstrip("."))
        return cls(
            frozenset(hosts),
            tuple(networks),
            settings.fetch_timeout,
            settings.fetch_max_bytes,
            settings.fetch_max_redirects,
        )

    def allows(self, host: str, ip: IPAddress) -> bool:
        if host.lower().rstrip(".") in self.hosts or any(ip in net for net in self.networks):
            return True
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class Answer:
    """What the other server answered: the final URL (after redirects), status and body."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes

    @property
    def media_type(self) -> str:
        declared: str = self.headers.get("content-type", "")
        return declared.split(";")[0].strip().lower()


@cache
def tls() -> ssl.SSLContext:
    """One TLS context for every request: building one (loading the CA bundle) costs ≈ 18 ms,
    more than a request on loopback."""
    return httpx.create_ssl_context()


def client_for(policy: Policy) -> httpx.AsyncClient:
    """A client for requests under the policy: its own redirects, no proxy from the
    environment, the shared TLS context."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(policy.timeout), trust_env=False, follow_redirects=False,
        verify=tls(),
    )  # fmt: skip


async def address_of(url: httpx.URL, policy: Policy, field: str) -> IPAddress:
    """The one address this URL's host is reached at, once checked against the policy."""
    if url.scheme not in ("http", "https"):
        raise Refused(f"only http and https URLs are fetched, not {url.scheme!r}", field=field)
    host = url.host
    if not host:
        raise Refused("the URL has no host", field=field)
    try:
        found: list[IPAddress] = [ipaddress.ip_address(host)]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, url.port or 443, type=socket.SOCK_STREAM)
        except OSError:
            raise FetchFailed(f"the host {host!r} could not be resolved", field=field) from None
        found = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    for ip in found:
        if not policy.allows(host, ip):
            raise Refused(
                f"{host!r} resolves to {ip}, which is not a public address "
                "(allow it with ENTENTE_FETCH_ALLOW_HOSTS)",
                field=field,
            )
    return found[0]


async def _send(
    client: httpx.AsyncClient,
    method: str,
    url: httpx.URL,
    policy: Policy,
    field: str,
    headers: dict[str, str],
    content: bytes | None,
) -> tuple[httpx.Response, bytes]:
    """One request pinned to the checked address; the body read up to the size limit."""
    ip = await address_of(url, policy, field)
    pinned = url.copy_with(host=str(ip))
    extensions: dict[str, Any] = {"sni_hostname": url.host} if url.scheme == "https" else {}
    headers = {"Host": url.netloc.decode("ascii"), "User-Agent": USER_AGENT, **headers}
    request = client.build_request(
        method, pinned, headers=headers, content=content, extensions=extensions
    )
    response = await client.send(request, stream=True)
    try:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > policy.max_bytes:
            raise FetchFailed(_too_large(policy), field=field)
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > policy.max_bytes:
                raise FetchFailed(_too_large(policy), field=field)
        return response, bytes(body)
    finally:
        await response.aclose()


def _too_large(policy: Policy) -> str:
    return f"the answer is larger than the limit of {policy.max_bytes} bytes"


async def request(
    method: str,
    url: str,
    policy: Policy,
    *,
    field: str = "url",
    headers: dict[str, str] | None = None,
    content: bytes | None = None,
    follow: bool = True,
    client: httpx.AsyncClient | None = None,
) -> Answer:
    """`method url` under the policy, following up to `max_redirects` redirects when `follow`.
    Any status is returned; unreachable, slow or oversized answers raise `FetchFailed` (502),
    URLs the policy refuses raise `Refused` (422). Many requests to one server (webhook
    deliveries) share a `client_for` the policy, and so its connections."""
    current = httpx.URL(url)
    try:
        async with asyncio.timeout(policy.timeout * 3), contextlib.AsyncExitStack() as own:
            if client is None:
                client = await own.enter_async_context(client_for(policy))
            for _ in range(policy.max_redirects + 1):
                response, body = await _send(
                    client, method, current, policy, field, headers or {}, content
                )
                location = response.headers.get("location")
                if follow and response.status_code in REDIRECTS and location:
                    current = current.join(location)
                    if response.status_code == 303:
                        method, content = "GET", None
                    continue
                return Answer(str(current), response.status_code, response.headers, body)
    except (httpx.TimeoutException, TimeoutError):
        raise FetchFailed(f"{current.host} did not answer in time", field=field) from None
    except httpx.HTTPError as error:
        detail = f"{current.host} could not be reached ({type(error).__name__})"
        raise FetchFailed(detail, field=field) from None
    raise FetchFailed(f"more than {policy.max_redirects} redirects", field=field)
