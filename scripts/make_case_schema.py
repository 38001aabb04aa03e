"""Write what is generated from the case model: the JSON Schema and the field table of the README.

``cases/skema/case-schema-v<N>.json`` is :func:`samskab_lib.cases.model.case_schema`, and the
table between the two marks in ``cases/README.md`` lists every field of a case file with whether
it is required and its description, all from :class:`samskab_lib.cases.model.Case`. Run after
changing the model (the tests check that both files match it):

    .venv/bin/python scripts/make_case_schema.py
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from samskab_lib.cases.model import SCHEMA_VERSION, case_schema, case_schema_json

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "cases" / "README.md"
SCHEMA_FILE = ROOT / "cases" / "skema" / f"case-schema-v{SCHEMA_VERSION}.json"
BEGIN = "<!-- fields: written by scripts/make_case_schema.py from samskab_lib/cases/model.py -->"
END = "<!-- end of fields -->"


def fields_table(schema: dict[str, Any]) -> str:
    """The Markdown table of a case file's top-level fields, in the model's order."""
    required = set(schema["required"])
    rows = ["| field | required | content |", "|---|---|---|"]
    rows += [f"| `{name}` | {'yes' if name in required else 'no'} | {field['description']} |"
             for name, field in schema["properties"].items()]
    return "\n".join(rows)


def readme_with_table(readme: str, schema: dict[str, Any]) -> str:
    """*readme* with the text between its two marks replaced by :func:`fields_table`."""
    before, rest = readme.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    return f"{before}{BEGIN}\n{fields_table(schema)}\n{END}{after}"


def main() -> int:
    written = {SCHEMA_FILE: case_schema_json(),
               README: readme_with_table(README.read_text(encoding="utf-8"), case_schema())}
    for path, content in written.items():
        if path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: skrevet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
