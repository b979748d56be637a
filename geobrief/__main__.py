"""`python -m geobrief` runs the command-line interface."""

from geobrief.cli import main

main()
