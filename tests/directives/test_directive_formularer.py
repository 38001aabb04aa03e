"""The browser forms' blocks (``{samskab-udfyld}``, ``{samskab-typologi-selvvurdering}``,
``{samskab-rangering}``, ``{samskab-caseformular}``, ``{samskab-procesmappe}``,
``{samskab-evaluering}``) on a tiny site (tests/roots/test-formularer): each block with its
script and its Danish words for a browser without JavaScript, and the forms' data in the site."""
from __future__ import annotations

import json

import pytest
from site_html import visible_text
from tiny_sites import TinySite

from samskab_book.forms import BLOCKS
from samskab_lib.templates.definitions import load_template, template_ids
from samskab_lib.texts import language_scope, text


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("formularer")


@pytest.fixture(scope="module")
def norwegian(tiny_site) -> TinySite:
    return tiny_site("formularer", "nb")


def test_the_forms_page_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_each_block_loads_its_own_script_and_says_it_needs_javascript(danish: TinySite):
    body = danish.body()
    blocks = body.select("div.samskab-form-blok")
    assert [block["class"][0] for block in blocks] == [css for _script, css in BLOCKS.values()]
    for block, (script, _css) in zip(blocks, BLOCKS.values(), strict=True):
        assert block["data-failed"] == text("forms.loading_failed")
        assert visible_text(block.select_one("p.samskab-form-js-mangler")) == (
            text("forms.needs_javascript"))
        loader = block.find_next_sibling("script")
        assert (loader["type"], loader["src"]) == ("module", f"_static/forms/{script}")
    assert blocks[0]["data-start"] == "samarbejdsplan"
    assert all(not block.has_attr("data-start") for block in blocks[1:])


def test_the_site_holds_the_forms_data_and_a_word_skeleton_per_template(danish: TinySite):
    data = danish.outdir / "_static" / "forms" / "data"
    templates = json.loads((data / "skabeloner.json").read_text(encoding="utf-8"))
    assert [t["id"] for t in templates["templates"]] == list(template_ids())
    assert templates["templates"][0]["title"] == load_template(template_ids()[0]).title
    assert all((data / f"word-{t}.docx").is_file() for t in template_ids())
    assert {"typologi.json", "noegler.json", "caseformular.json", "procesmappe.json",
            "spoergeskema.json"} <= {path.name for path in data.iterdir()}


def test_an_unknown_starting_template_is_named_in_danish(danish: TinySite):
    assert danish.warnings_from("fejl.md") == [
        "6: ERROR: " + text("directives.unknown_template", name="samarbejdsaftale",
                            known=", ".join(template_ids()))]


def test_the_norwegian_blocks_and_data_are_in_bokmaal(norwegian: TinySite):
    assert norwegian.warnings_besides("fejl.md") == []
    with language_scope("nb"):
        needs, title = text("forms.needs_javascript"), load_template("samarbejdsplan").title
    block = norwegian.body().select_one("div.samskab-udfyld")
    assert visible_text(block) == needs != text("forms.needs_javascript")
    data = norwegian.outdir / "_static" / "forms" / "data" / "skabeloner.json"
    templates = json.loads(data.read_text(encoding="utf-8"))["templates"]
    assert {t["id"]: t["title"] for t in templates}["samarbejdsplan"] == title
