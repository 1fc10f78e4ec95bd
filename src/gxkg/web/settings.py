"""The server's settings: made from `gxkg serve`'s options and handed whole to uvicorn's worker processes."""

from __future__ import annotations

import json

from ..store.limits import DEFAULT_TIMEOUT

SETTINGS_ENV = "GXKG_SERVE_SETTINGS"  # internal: how `serve --workers N` hands its options to its workers
LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"]


class Settings:
    """Server settings: made from `gxkg serve`'s options (never from stray environment variables); uvicorn's
    worker processes receive the whole set, so any --workers count serves alike."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, max_rows: int = 10000, cors: str | None = None, data: str | None = None,
                 endpoint: str | None = None, store_dir: str | None = None, memory_mb: int = 1024,
                 query_workers: int = 10, max_body: int = 1_000_000, allow_hosts: str = "",
                 max_result: int = 32_000_000, ask_workers: int = 2, max_connections: int = 500,
                 client_timeout: float = 10.0):
        self.timeout, self.max_rows, self.cors, self.data = timeout, max_rows, cors, data
        self.endpoint, self.store_dir, self.memory_mb = endpoint, store_dir, memory_mb
        self.query_workers, self.max_body, self.allow_hosts = query_workers, max_body, allow_hosts
        self.max_result, self.ask_workers = max_result, ask_workers
        self.max_connections, self.client_timeout = max_connections, client_timeout

    def to_json(self) -> str:
        return json.dumps(vars(self))

    @classmethod
    def from_json(cls, text: str) -> "Settings":
        return cls(**json.loads(text))

    def hosts(self) -> list[str]:
        return LOOPBACK + [h for h in self.allow_hosts.split(",") if h]

    def origins(self) -> list[str]:
        """The origins --cors allows ('*': any)."""
        return [o.strip() for o in (self.cors or "").split(",") if o.strip()]
