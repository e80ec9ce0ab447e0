"""`python -m unionapp` and the installed `unionapp` command."""

import sys

from unionapp.cli import main as cli_main


def main() -> int:
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
