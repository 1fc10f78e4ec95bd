"""Quality checks: SPARQL SELECT queries named *-violation.rq; each row they return is a violation."""
