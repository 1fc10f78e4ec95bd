"""One module per page: each has `view(request)` (an async Starlette endpoint) and renders one template that
extends base.html. The pages are registered in gxkg/web/routes.py."""
