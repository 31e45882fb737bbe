"""Start the askccg chat UI: ``python app.py [--port N]`` (serves on 127.0.0.1)."""

import sys

from askccg.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
