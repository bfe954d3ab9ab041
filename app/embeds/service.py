"""The HTML shells of the views: a template filled with the few values known on the server.

Everything else (data, legend, messages) is drawn by the page's script from the JSON API, so a
view shows exactly what its JSON endpoint answers for the same query string.
"""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from string import Template
from typing import Literal

from app.core.paths import PROJECT_ROOT

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC_DIR = HERE / "static"
NODE_MODULES = PROJECT_ROOT / "node_modules"

View = Literal["network", "timeline", "path"]
Theme = Literal["light", "dark"]

VENDOR_DIRS = {
    "cytoscape": NODE_MODULES / "cytoscape" / "dist",
    "chart.js": NODE_MODULES / "chart.js" / "dist",
    "swagger-ui-dist": NODE_MODULES / "swagger-ui-dist",
}
"""npm packages served under /assets/vendor/<name>/, installed by `make assets` (npm ci)."""

VENDOR_SCRIPTS: dict[View, str] = {
    "network": "vendor/cytoscape/cytoscape.min.js",
    "timeline": "vendor/chart.js/chart.umd.min.js",
    "path": "",
}

DEFAULT_TITLES: dict[View, str] = {
    "network": "Tie network",
    "timeline": "Cooperation over time",
    "path": "Paths between countries",
}

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'"
)
"""What the pages may load: only this origin, so a view cannot be made to run foreign code.

Inline styles stay allowed because the graph library sizes its canvas with a style element;
`frame-ancestors` is added per path by `app.core.http`.
"""


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def embed_page(view: View, *, title: str | None, theme: str | None) -> str:
    """The shell of one embeddable view; its script reads the rest of the query string."""
    vendor = VENDOR_SCRIPTS[view]
    vendor_tag = f'<script src="../assets/{vendor}"></script>' if vendor else ""
    return _template("embed.html").substitute(
        view=view,
        title=html.escape((title or DEFAULT_TITLES[view])[:200]),
        theme=_theme(theme),
        vendor=vendor_tag,
    )


def analyst_page(*, theme: str | None) -> str:
    """The analyst's page: pickers, the chosen view in a frame, recent events, embed snippet."""
    return _template("index.html").substitute(theme=_theme(theme))


def _theme(value: str | None) -> Theme:
    # Anything but a known theme falls back to light rather than failing the page.
    return "dark" if value == "dark" else "light"
