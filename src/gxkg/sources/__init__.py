"""Reviewed sources (the files people edit) and the graph built from them: ingest, review, build."""
