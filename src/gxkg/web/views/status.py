"""The server's state as JSON (/status): the graph's size, its processes and their memory, each lane's workers,
running and waiting requests and refusals, and each cache's entries and bytes."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response


async def view(request: Request) -> Response:
    return JSONResponse(request.app.state.site.status())
