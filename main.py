"""Entry point: `python main.py` opens the GUI; `python main.py <command>` runs the command line."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
