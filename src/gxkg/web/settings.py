"""The server's settings: made from `gxkg serve`'s options and handed whole to uvicorn's worker processes."""

from __future__ import annotations

from ..settings import SERVE, Values

SETTINGS_ENV = "GXKG_SERVE_SETTINGS"  # internal: how `serve --workers N` hands its options to its workers
LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"]


class Settings(Values):
    """Server settings: made from `gxkg serve`'s options (never from stray environment variables); uvicorn's
    worker processes receive the whole set, so any --workers count serves alike. Each field, its default
    and its option are declared once in gxkg.settings.SERVE."""

    SPECS = SERVE

    def hosts(self) -> list[str]:
        return LOOPBACK + [h for h in self.allow_hosts.split(",") if h]

    def origins(self) -> list[str]:
        """The origins --cors allows ('*': any)."""
        return [o.strip() for o in (self.cors or "").split(",") if o.strip()]
