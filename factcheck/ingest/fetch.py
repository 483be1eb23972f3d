"""Fetch an article URL: http(s) only, a timeout, a size cap, redirects, and a content-type check.

Every failure is an InputError whose message says what went wrong in words a journalist
understands (dead link, page not found, timed out, a PDF not a page)."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass

from factcheck import __version__
from factcheck.errors import InputError

DEFAULT_TIMEOUT = 20.0
USER_AGENT = f"Mozilla/5.0 (compatible; factcheck/{__version__}; source-attribution checker)"
_MAX_REDIRECTS = 10
_CHUNK = 64 * 1024

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
# Servers that do not know what they send: judge by the bytes instead.
_SNIFF_TYPES = ("", "application/octet-stream", "binary/octet-stream", "application/unknown")
_KIND_NAMES = {
    "application/pdf": "a PDF document",
    "application/json": "JSON data",
    "application/zip": "a ZIP archive",
    "application/msword": "a Word document",
}


@dataclass
class Fetched:
    data: bytes
    url: str              # after redirects
    content_type: str     # lower-case media type without parameters ("" when absent)
    charset: str | None   # from the Content-Type header


def is_url(arg: str) -> bool:
    return "://" in arg[:12] and arg.split("://", 1)[0].isalpha()


def check_url(url: str) -> str:
    """Refuse what is not an http(s) URL with a host, before any network use; return it ready to send.

    Links copied from a browser's address bar may hold spaces and non-ASCII letters, in the path
    or in the host name; HTTP needs them percent-encoded and IDNA-encoded."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host, port = parts.hostname, parts.port
    except ValueError as e:
        raise InputError(f"{url}: not a valid URL ({e})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: only http:// and https:// URLs can be fetched")
    if not host:
        raise InputError(f"{url}: the URL has no host name")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise InputError(f"{url}: the host name {host!r} is not valid") from None
    if ":" in ascii_host:
        ascii_host = f"[{ascii_host}]"  # IPv6 literal
    netloc = ascii_host + (f":{port}" if port else "")
    safe = "/%:@!$&'()*+,;=~-._"
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, urllib.parse.quote(parts.path, safe=safe),
                                    urllib.parse.quote(parts.query, safe=safe + "?"), ""))


class _RefusedRedirect(Exception):
    def __init__(self, scheme: str) -> None:
        super().__init__(scheme)
        self.scheme = scheme


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = _MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        # An article URL must stay on the web. urllib would follow a redirect to ftp:// and
        # reports one to file: or data: as an HTTP error that reads like a redirect loop.
        location = headers.get("location") or headers.get("uri")
        if location:
            scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, location.strip())).scheme.lower()
            if scheme not in ("http", "https"):
                fp.close()
                raise _RefusedRedirect(scheme)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _one_line(text: object, limit: int = 160) -> str:
    """What a server sent, as it may appear inside a message: one line, printable, not long."""
    s = " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _kind_of(content_type: str) -> str:
    if content_type in _KIND_NAMES:
        return _KIND_NAMES[content_type]
    major = content_type.split("/", 1)[0]
    if major in ("image", "audio", "video", "font"):
        return f"{'an' if major in ('image', 'audio') else 'a'} {major} file ({content_type})"
    return f"{content_type} content"


def _http_error_message(url: str, e: urllib.error.HTTPError) -> str:
    code = e.code
    if code == 404:
        return f"{url}: page not found (HTTP 404): check the link"
    if code == 410:
        return f"{url}: the page has been removed (HTTP 410)"
    if code in (401, 403):
        return (f"{url}: access denied (HTTP {code}); for a paywalled or blocked page, "
                "save it from your browser and analyse the saved file")
    if code == 429:
        return f"{url}: the site is refusing requests for now (HTTP 429, too many requests); try later"
    if 300 <= code < 400:
        return f"{url}: too many or broken redirects (HTTP {code})"
    if code >= 500:
        return f"{url}: the site's server failed (HTTP {code}); try again later"
    return f"{url}: the site answered HTTP {code} {_one_line(e.reason)}".rstrip()


def _read_capped(resp: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise InputError(f"{url}: the page is {int(length):,} bytes, larger than the limit of "
                         f"{max_bytes:,} (use --max-bytes)")
    chunks, total = [], 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(f"{url}: timed out after {timeout:g} s while downloading (use --timeout)")
        chunk = resp.read1(_CHUNK)  # whatever has arrived: a slow drip must not outlast the deadline
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(f"{url}: the page is larger than the limit of {max_bytes:,} bytes (use --max-bytes)")
    return b"".join(chunks)


def _decompress(data: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """Undo a Content-Encoding we did not ask for, without letting a small bomb exceed the cap."""
    if encoding in ("", "identity"):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(f"{url}: the server sent {encoding}-compressed data, which cannot be read")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        d = zlib.decompressobj(wbits)
        out = d.decompress(data, max_bytes + 1)
    except zlib.error:
        raise InputError(f"{url}: the server sent corrupt {encoding} data") from None
    if len(out) > max_bytes:
        raise InputError(f"{url}: the page is larger than the limit of {max_bytes:,} bytes (use --max-bytes)")
    return out


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int) -> Fetched:
    """GET an article page. Raises InputError for anything that is not a readable text page."""
    target = check_url(url)
    opener = urllib.request.build_opener(_Redirects())
    req = urllib.request.Request(target, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "identity",
    })
    deadline = time.monotonic() + timeout
    try:
        with opener.open(req, timeout=timeout) as resp:
            final = resp.geturl()
            ctype_header = resp.headers.get("Content-Type", "")
            ctype = ctype_header.split(";", 1)[0].strip().lower()
            if ctype not in _TEXT_TYPES and ctype not in _SNIFF_TYPES and not ctype.startswith("text/"):
                raise InputError(f"{url}: this link is {_kind_of(ctype)}, not a web page with an article")
            data = _read_capped(resp, url, max_bytes, deadline, timeout)
            data = _decompress(data, resp.headers.get("Content-Encoding", "").strip().lower(), url, max_bytes)
            charset = resp.headers.get_content_charset()
    except InputError:
        raise
    except _RefusedRedirect as e:
        raise InputError(f"{url}: refused a redirect to a {_one_line(e.scheme, 20)}: URL "
                         "(only http:// and https:// pages are fetched)") from None
    except urllib.error.HTTPError as e:
        raise InputError(_http_error_message(url, e)) from None
    except urllib.error.URLError as e:
        raise InputError(_network_message(url, e.reason, timeout)) from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s (the site did not answer; use --timeout)") from None
    except (http.client.HTTPException, ConnectionError, OSError) as e:
        raise InputError(_network_message(url, e, timeout)) from None
    except ValueError as e:  # urllib's own complaint about a malformed URL
        raise InputError(f"{url}: not a valid URL ({e})") from None
    return Fetched(data=data, url=final, content_type=ctype, charset=charset)


def _network_message(url: str, reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"{url}: timed out after {timeout:g} s (the site did not answer; use --timeout)"
    if isinstance(reason, socket.gaierror):
        host = urllib.parse.urlsplit(url).hostname
        return f"{url}: cannot find the site {host} (a dead link, a typo, or no network)"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: the site refused the connection (a dead link or the server is down)"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"{url}: the site's security certificate is not valid ({reason.verify_message})"
    if isinstance(reason, ssl.SSLError):
        return f"{url}: secure connection failed ({reason.reason or reason})"
    if isinstance(reason, (ConnectionResetError, http.client.RemoteDisconnected, http.client.IncompleteRead)):
        return f"{url}: the site closed the connection before sending the page"
    if isinstance(reason, http.client.HTTPException):  # a status line or header that is not HTTP
        return f"{url}: the site sent a malformed HTTP response ({_one_line(reason) or type(reason).__name__})"
    return f"{url}: cannot fetch the page ({_one_line(reason)})"
