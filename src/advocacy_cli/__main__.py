"""Entry point for ``python -m advocacy_cli``."""

from advocacy_cli.cli import main

main()
