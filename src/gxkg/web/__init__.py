"""`gxkg serve`'s web application: a read-only SPARQL 1.1 Protocol endpoint and linked-data pages.

app.py builds the Starlette application from the settings and the page registry (routes.py); each page is
one module in views/ with one template in gxkg/templates that extends base.html (which holds the navigation).
security.py guards Host, Origin and request bodies; negotiate.py picks media types and the page language.
"""
