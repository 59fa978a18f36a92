"""osaid's version: the one place it is written.

The build reads it from here (``[tool.hatch.version]`` in ``pyproject.toml``), and so does
osaid at run time, which then needs no package metadata (``importlib.metadata`` costs the
command's start-up). A release bumps it here, then tags ``v<version>``: the release workflow
refuses a tag that differs.
"""

__version__ = "0.1.0.dev0"
