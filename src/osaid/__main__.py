"""``python -m osaid``."""

from osaid.cli import main

raise SystemExit(main())
