"""`python -m gxkg.cli`"""

from . import run

run()
