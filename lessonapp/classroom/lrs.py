"""Talking to a Learning Record Store: xAPI 1.0.3 over HTTP(S), standard library only.

NO Qt. One `LrsClient` per endpoint. Every request carries
``X-Experience-API-Version: 1.0.3`` and HTTP Basic credentials, has a time-out,
verifies TLS with the system's certificates, and never follows a redirect (a
redirected POST would turn into a GET that "succeeds", and the credentials
would go to another address). Every failure is an `LrsError` whose message is
one line for a teacher, never the password.
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

XAPI_VERSION = "1.0.3"
DEFAULT_TIMEOUT = 20.0  # seconds, for each connect, send and read
MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # a page of statements is well under this

# LrsError.kind
REJECTED = "rejected"  # 400, 413: the LRS will never take this request as it is
CONFLICT = "conflict"  # 409: the LRS already has a statement with one of these ids
AUTH = "auth"  # 401, 403: the user name or password
UNAVAILABLE = "unavailable"  # 429, 5xx: the LRS is there but cannot take it now
UNREACHABLE = "unreachable"  # no answer: down, no network, time-out, TLS
PROTOCOL = "protocol"  # an answer that is not what xAPI says (404, a redirect, not JSON...)


class LrsError(Exception):
    """Why a request failed, in one line; kind says what the sender should do."""

    def __init__(self, kind: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status


@dataclass(frozen=True)
class StatementPage:
    statements: list[dict]
    consistent_through: str | None  # X-Experience-API-Consistent-Through, when the LRS sends it


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises the 3xx as an HTTPError


class LrsClient:
    def __init__(self, endpoint: str, username: str, password: str, *, timeout: float = DEFAULT_TIMEOUT,
                 context: ssl.SSLContext | None = None) -> None:
        if not endpoint.endswith("/"):
            endpoint += "/"
        self.endpoint = endpoint
        self.timeout = timeout
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._secrets = tuple(s for s in (password, token) if s)
        self._headers = {
            "X-Experience-API-Version": XAPI_VERSION,
            "Authorization": f"Basic {token}",
            "Accept": "application/json",
            "User-Agent": "lessonapp",
        }
        context = context or ssl.create_default_context()
        self._opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _NoRedirects)

    def __repr__(self) -> str:
        return f"LrsClient({self.endpoint!r})"

    # -- the requests ------------------------------------------------------------------------

    def post_statements(self, texts: Sequence[str]) -> list[str]:
        """POST statements (each one JSON object's text, sent as written) as
        one batch; the ids the LRS answers with. The LRS stores all or none."""
        body = ("[" + ",".join(texts) + "]").encode("utf-8")
        data = self._request("POST", self.endpoint + "statements", body)
        ids = self._json(data)
        return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []

    def statements(self, since: str | None = None, page_size: int = 500) -> Iterator[StatementPage]:
        """Every statement stored after ``since`` (the LRS's `stored` time,
        exclusive), oldest first, a page at a time, following ``more``."""
        query = {"ascending": "true", "limit": str(page_size), "format": "exact"}
        if since:
            query["since"] = since
        url = self.endpoint + "statements?" + urllib.parse.urlencode(query)
        while url:
            data, headers = self._request("GET", url, None, with_headers=True)
            result = self._json(data)
            if not isinstance(result, dict) or not isinstance(result.get("statements"), list):
                raise LrsError(PROTOCOL, f"the LRS at {self.endpoint} answered without a list of statements")
            statements = [s for s in result["statements"] if isinstance(s, dict)]
            yield StatementPage(statements, headers.get("X-Experience-API-Consistent-Through"))
            more = result.get("more")
            url = self._more_url(more) if isinstance(more, str) and more else None

    def about(self) -> dict:
        """The LRS's /about resource (versions): a check that the endpoint is an LRS."""
        result = self._json(self._request("GET", self.endpoint + "about", None))
        if not isinstance(result, dict):
            raise LrsError(PROTOCOL, f"{self.endpoint}about is not an LRS's /about")
        return result

    # -- plumbing -------------------------------------------------------------------------

    def _more_url(self, more: str) -> str:
        url = urllib.parse.urljoin(self.endpoint, more)
        mine, theirs = urllib.parse.urlsplit(self.endpoint), urllib.parse.urlsplit(url)
        if (mine.scheme, mine.netloc) != (theirs.scheme, theirs.netloc):
            # The credentials go only to the address in the settings file.
            raise LrsError(PROTOCOL, f"the LRS sent the next page to another address ({theirs.netloc}); "
                                     "the pull stopped there")
        return url

    def _request(self, method: str, url: str, body: bytes | None, with_headers: bool = False):
        request = urllib.request.Request(url, data=body, method=method, headers=self._headers)
        if body is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                data = response.read(MAX_RESPONSE_BYTES + 1)
                headers = response.headers
        except urllib.error.HTTPError as error:
            raise self._http_error(error) from None
        except TimeoutError:
            raise LrsError(UNREACHABLE, f"the LRS at {self.endpoint} did not answer within "
                                        f"{self.timeout:g} seconds") from None
        except urllib.error.URLError as error:
            raise LrsError(UNREACHABLE, self._unreachable(error.reason)) from None
        except (OSError, http.client.HTTPException) as error:
            raise LrsError(UNREACHABLE, self._unreachable(error)) from None
        if len(data) > MAX_RESPONSE_BYTES:
            raise LrsError(PROTOCOL, f"the LRS at {self.endpoint} answered with more than "
                                     f"{MAX_RESPONSE_BYTES // 1_048_576} MB")
        return (data, headers) if with_headers else data

    def _unreachable(self, reason) -> str:
        if isinstance(reason, ssl.SSLCertVerificationError):
            why = f"its certificate could not be verified ({reason.verify_message or reason})"
        elif isinstance(reason, (TimeoutError, socket.timeout)):
            why = f"it did not answer within {self.timeout:g} seconds"
        elif isinstance(reason, socket.gaierror):
            why = "its address was not found (no network, or a misspelt endpoint?)"
        elif isinstance(reason, ConnectionRefusedError):
            why = "nothing answers there (is it running?)"
        else:
            why = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return self._scrub(f"cannot reach the LRS at {self.endpoint}: {why}")

    def _http_error(self, error: urllib.error.HTTPError) -> LrsError:
        status = error.code
        try:
            body = error.read(64 * 1024)
        except (OSError, http.client.HTTPException):
            body = b""
        reason = self._reason(body) or error.reason or ""
        said = f" ({status}{': ' + reason if reason else ''})"
        if status in (400, 413):
            return LrsError(REJECTED, self._scrub(f"the LRS rejected it{said}"), status)
        if status == 409:
            return LrsError(CONFLICT, self._scrub(f"the LRS already has a statement with this id{said}"), status)
        if status in (401, 403):
            return LrsError(AUTH, f"the LRS at {self.endpoint} refused the user name or password ({status}); "
                                  "check lrs: username and the password in the settings file", status)
        if status == 429 or status >= 500:
            return LrsError(UNAVAILABLE, self._scrub(f"the LRS at {self.endpoint} cannot take statements "
                                                     f"now{said}"), status)
        if 300 <= status < 400:
            where = error.headers.get("Location", "another address") if error.headers else "another address"
            return LrsError(PROTOCOL, self._scrub(f"the LRS at {self.endpoint} redirects to {where}; "
                                                  "write that address as lrs: endpoint"), status)
        if status == 404:
            return LrsError(PROTOCOL, f"there is no LRS at {self.endpoint} (404); check lrs: endpoint "
                                      "(it usually ends in /xapi/ or /xAPI/)", status)
        return LrsError(PROTOCOL, self._scrub(f"the LRS at {self.endpoint} answered{said}"), status)

    def _reason(self, body: bytes) -> str:
        """What the LRS said was wrong, from the error shapes LRSs use, in one line."""
        text = body.decode("utf-8", errors="replace").strip()
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            parts = []
            for key in ("message", "detail", "error", "warnings", "errors"):
                value = data.get(key)
                if isinstance(value, dict):
                    value = value.get("message") or value.get("detail")
                if isinstance(value, list):
                    value = "; ".join(str(v.get("msg", v) if isinstance(v, dict) else v) for v in value)
                if value:
                    parts.append(str(value))
            if parts:
                text = "; ".join(parts)
        if text.lstrip().startswith("<"):  # an HTML error page says nothing useful in one line
            text = ""
        line = " ".join(text.split())
        return line if len(line) <= 300 else line[:297] + "..."

    def _scrub(self, message: str) -> str:
        for secret in self._secrets:
            message = message.replace(secret, "***")
        return message

    def _json(self, data: bytes):
        try:
            return json.loads(data) if data.strip() else None
        except ValueError:
            raise LrsError(PROTOCOL, f"the LRS at {self.endpoint} did not answer in JSON") from None
