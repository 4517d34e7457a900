"""``workshop-data-dictionary``: every column of every resource, read from the release's
Frictionless descriptor (``datapackage.json``): name, type, required, description and the
allowed values (the kinds with their meaning). With ``:schema:``, the package's current schema
(:mod:`workshop_data.schema`, the declaration every descriptor is generated from) instead: every
resource and column a release may have, including those the release shown would not need."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from ..schema import KINDS, MATERIAL_KINDS, RESOURCES, ROLE_KINDS, SCHEMA_VERSION
from .base import WorkshopDirective, paragraph, read_descriptor, table

#: The meaning of each value of the schema's vocabularies: (resource, field) -> value -> meaning.
VOCABULARIES = {
    ("slots", "kind"): KINDS,
    ("roles", "role"): ROLE_KINDS,
    ("materials", "kind"): MATERIAL_KINDS,
    ("paper_materials", "kind"): MATERIAL_KINDS,
}


def _allowed(enum: list[str] | None, meanings: dict[str, str]) -> list[nodes.Node] | str:
    if not enum:
        return ""
    items = nodes.bullet_list("", classes=["wd-enum"])
    for value in enum:
        item = paragraph(nodes.literal("", value))
        meaning = meanings.get(value)
        if meaning:
            item += nodes.Text(f" — {meaning}")
        items += nodes.list_item("", item)
    return [items]


def _type(field: dict[str, Any]) -> list[nodes.Node]:
    out = paragraph(str(field.get("type", "")))
    if "format" in field:
        out += nodes.Text(" (")
        out += nodes.literal("", str(field["format"]))
        out += nodes.Text(")")
    return [out]


class DataDictionaryDirective(WorkshopDirective):
    """One table per resource of the release's descriptor (or of the current schema)."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **WorkshopDirective.option_spec,
        "schema": directives.flag,
    }

    def build(self) -> list[nodes.Node]:
        if "schema" in self.options:
            descriptor: dict[str, Any] = {
                "resources": [
                    {"name": r.name, "title": r.title, "path": r.path, "schema": r.schema()} for r in RESOURCES
                ]
            }
            intro = paragraph(
                f"Schema version {SCHEMA_VERSION}, as ", nodes.literal("", "workshop_data/schema.py"), " declares it."
            )
        else:
            folder, _ = self.release_folder(shows=("meta", "schema"))  # what the tables show
            descriptor = read_descriptor(folder)
            intro = paragraph(
                "Release ",
                nodes.literal("", folder.name),
                " of ",
                nodes.literal("", folder.parent.name),
                f", schema version {descriptor['schema_version']}.",
            )
        out: list[nodes.Node] = [intro]
        for res in descriptor.get("resources", []):
            out.append(
                paragraph(
                    nodes.strong("", str(res.get("title", res.get("name", "")))),
                    " — ",
                    nodes.literal("", str(res.get("path", ""))),
                    classes=["wd-resource"],
                )
            )
            fields = res.get("schema", {}).get("fields", [])
            # "Allowed values" only for a resource where some column has them
            with_enum = any(f.get("constraints", {}).get("enum") for f in fields)
            rows = []
            for f in fields:
                constraints = f.get("constraints", {})
                required = "yes" if constraints.get("required") else "no"
                if constraints.get("unique"):
                    required += ", unique"
                row = [[paragraph(nodes.literal("", f["name"]))], _type(f), required, f.get("description", "")]
                rows.append(
                    [*row, _allowed(constraints.get("enum"), VOCABULARIES.get((res.get("name"), f["name"]), {}))]
                    if with_enum
                    else row
                )
            headers, widths = ["Column", "Type", "Required", "Description"], [2, 2, 1, 5]
            if with_enum:
                headers, widths = [*headers, "Allowed values"], [*widths, 4]
            out.append(table(headers, rows, widths=widths, classes=["wd-data-dictionary"]))
        return out


def setup_datadict(app: Any) -> None:
    """Register ``workshop-data-dictionary``."""
    app.add_directive("workshop-data-dictionary", DataDictionaryDirective)
