"""pytest-xdist's ``xdist_group`` marks, kept in force under pytest 9.2 (a plugin: tests/conftest.py
takes its hook, and tests/test_xdist_groups.py runs a suite with it alone).

With ``--dist loadgroup`` each worker's pytest-xdist (3.8) names a marked test's group by
appending ``@GROUP`` to its node id, and the scheduler sends every test whose id ends so to one
worker. It does that by assigning ``item._nodeid``; pytest 9.2 reads the id from ``item._id``
(a structured ``NodeId``), so the assignment is lost, every test is its own unit and a group's
tests are spread over the workers: the ``installed_wheel`` group set its venv up in both workers
(two setups of ~77 s), and the ``docs`` group's builds in place into docs/ ran side by side.
Here the id pytest-xdist meant is given to the item as pytest 9.2 holds it. A pytest or
pytest-xdist whose ids already agree is left alone.
"""

from __future__ import annotations

import pytest


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """After pytest-xdist's own hook: each item whose id pytest-xdist set aside (``_nodeid``,
    ending in ``@GROUP``) without it taking effect gets that id."""
    for item in items:
        meant = item.__dict__.get("_nodeid")
        if isinstance(meant, str) and item.nodeid != meant:
            item._id = type(item._id).parse(meant)  # type: ignore[attr-defined]
