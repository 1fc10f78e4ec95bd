"""Running the application under uvicorn, with the connection guards uvicorn lacks."""

from __future__ import annotations

import os
from collections import OrderedDict

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import create_app
from .settings import SETTINGS_ENV, Settings


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol with two guards it lacks: a request's head must arrive within the client
    timeout (silent and slow clients are dropped), and past max_connections the oldest connection still
    waiting for its request is closed (the new one when none waits), so idle sockets lock no one out."""

    waiting: OrderedDict = OrderedDict()  # this process's connections that have not sent a request head
    limits: tuple[int, float] | None = None

    @classmethod
    def _limits(cls) -> tuple[int, float]:
        if cls.limits is None:
            s = Settings.from_json(os.environ[SETTINGS_ENV]) if os.environ.get(SETTINGS_ENV) else Settings()
            cls.limits = (s.max_connections, s.client_timeout)
        return cls.limits

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._timer = None
        if len(self.connections) > self._limits()[0]:
            victim = next(iter(self.waiting), None)
            if victim is None:
                self._drop()
                return
            victim._drop()
        self._wait()

    def _wait(self) -> None:
        if self not in self.waiting:
            self.waiting[self] = None
            self._timer = self.loop.call_later(self._limits()[1], self._drop)

    def _arrived(self) -> None:
        if self.waiting.pop(self, False) is None and self._timer is not None:
            self._timer.cancel()

    def _drop(self) -> None:
        self._arrived()
        if not self.transport.is_closing():
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._arrived()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._wait()  # kept alive: the next request's head has the same time to arrive

    def connection_lost(self, exc) -> None:
        self._arrived()
        super().connection_lost(exc)


def raise_file_limit() -> int:
    """Raise this process's open-file limit to its hard limit (connections and store files need descriptors)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        return hard
    except (ValueError, OSError):
        return soft


def serve(host: str, port: int, settings: Settings, workers: int = 1, log_level: str = "info") -> None:
    """Run uvicorn: graceful shutdown on Ctrl-C/SIGTERM, one access-log line per request, slow clients
    dropped and connections capped (GuardedH11). Every worker gets exactly these settings."""
    import uvicorn

    files = raise_file_limit()
    if settings.max_connections > files - 100 * workers:
        settings.max_connections = max(10, files - 100 * workers)
    os.environ[SETTINGS_ENV] = settings.to_json()
    common = dict(host=host, port=port, log_level=log_level, access_log=True, timeout_graceful_shutdown=5,
                  http=GuardedH11, timeout_keep_alive=5, timeout_worker_healthcheck=60)
    if workers > 1:
        uvicorn.run("gxkg.web.app:app_from_env", factory=True, workers=workers, **common)
    else:
        uvicorn.run(create_app(settings), **common)
