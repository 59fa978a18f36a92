"""Shared test configuration: the hypothesis settings profiles.

``HYPOTHESIS_PROFILE`` picks one; without it, ``ci`` when ``CI=true`` and ``dev`` otherwise.

- ``ci``: derandomised (the same examples on every run, so CI is stable), no example database,
  50 examples per property, and the blob to reproduce a failure printed.
- ``dev``: random, 50 examples per property, failures remembered in ``.hypothesis/``.
- ``thorough``: 10,000 examples per property, for a long search before a release::

      HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_laws.py

50 examples keep the whole suite quick on a laptop; every ``dev`` run draws new ones, and
``thorough`` is the long search. No profile has a deadline: timings are the benchmark's
business (``benchmarks/``), and the first example of a run pays for building the licence
knowledge base.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=50,
    deadline=None,
    print_blob=True,
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    print_blob=True,
    # a long search meets the odd slow example; it is not a failure
    suppress_health_check=[HealthCheck.too_slow],
)


def _profile() -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE")
    if chosen:
        return chosen
    return "ci" if os.environ.get("CI", "").lower() == "true" else "dev"


settings.load_profile(_profile())
