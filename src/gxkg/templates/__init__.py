"""Page templates (Jinja2, autoescaped)."""
