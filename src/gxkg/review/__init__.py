"""`gxkg review`: a local web page where a person turns a source draft into reviewed facts (app.py: the web
app and its guards; views.py: what the page shows; templates/: the pages)."""
