"""A build regenerates a template's Word and Markdown downloads only when their inputs change."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samskab_book import downloads
from samskab_book.freshness import Stamps
from samskab_lib.templates.definitions import template_ids


@pytest.fixture
def own_definition(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the samarbejdsplan definition that the downloads are fingerprinted from."""
    real = downloads.template_inputs
    copy = tmp_path / "definition" / "samarbejdsplan.yml"
    copy.parent.mkdir()
    shutil.copy(real("samarbejdsplan")[0], copy)
    monkeypatch.setattr(downloads, "template_inputs",
                        lambda tid: [copy, *real(tid)[1:]] if tid == "samarbejdsplan" else real(tid))
    return copy


def _build(target: Path, stamps: Path) -> list[str]:
    return sorted(p.name for p in downloads.write_template_files(target, Stamps(stamps)))


def test_first_build_makes_four_files_per_template(tmp_path: Path):
    made = _build(tmp_path / "out", tmp_path / "stamps.json")
    assert len(made) == 4 * len(template_ids())
    assert (tmp_path / "out" / "samarbejdsplan-tom.docx").stat().st_size > 0


def test_a_build_without_changes_regenerates_no_download(tmp_path: Path):
    _build(tmp_path / "out", tmp_path / "stamps.json")
    dates = {p: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    assert _build(tmp_path / "out", tmp_path / "stamps.json") == []
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()} == dates


def test_a_changed_definition_regenerates_only_its_own_downloads(tmp_path: Path, own_definition: Path):
    _build(tmp_path / "out", tmp_path / "stamps.json")
    own_definition.write_text(own_definition.read_text(encoding="utf-8") + "\n# ændret\n",
                              encoding="utf-8")
    assert _build(tmp_path / "out", tmp_path / "stamps.json") == [
        "samarbejdsplan-eksempel.docx", "samarbejdsplan-eksempel.md",
        "samarbejdsplan-tom.docx", "samarbejdsplan-tom.md"]


def test_a_deleted_download_is_made_again(tmp_path: Path):
    _build(tmp_path / "out", tmp_path / "stamps.json")
    (tmp_path / "out" / "trinplan-tom.docx").unlink()
    assert "trinplan-tom.docx" in _build(tmp_path / "out", tmp_path / "stamps.json")
    assert (tmp_path / "out" / "trinplan-tom.docx").is_file()
