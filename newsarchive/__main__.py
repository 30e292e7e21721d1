"""`python -m newsarchive` runs the CLI."""

from newsarchive.cli import main

main()
