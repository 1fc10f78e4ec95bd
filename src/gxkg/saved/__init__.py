"""Saved SPARQL queries (.rq files), loaded with importlib.resources by gxkg.queries."""
