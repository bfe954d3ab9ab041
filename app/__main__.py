"""`python -m app` is the `entente` command."""

from app.cli import main

main()
