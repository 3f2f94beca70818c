"""``python -m quotecheck`` runs the CLI."""

from quotecheck.cli import main

main()
