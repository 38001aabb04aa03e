"""The template commands of `samskab`: Danish help, exit status, no overwrite, batches."""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from docx import Document

from samskab_lib.cli import main
from samskab_lib.templates.definitions import example_path, template_ids


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _example(tmp_path: Path, template_id: str, name: str | None = None) -> Path:
    target = tmp_path / (name or f"{template_id}.yml")
    shutil.copy(example_path(template_id), target)
    return target


def test_skabeloner_lists_every_template_with_its_purpose(capsys):
    status, out, _ = _run(capsys, "skabeloner")
    assert status == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == list(template_ids())
    assert any("Fire spørgsmål" in line for line in lines)


@pytest.mark.parametrize("command", [[], ["skabeloner"], ["ny"], ["tjek"], ["udfyld"]])
def test_help_of_every_command_is_danish(command):
    result = subprocess.run([sys.executable, "-m", "samskab_lib.cli", *command, "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("brug: samskab")
    assert "vis denne hjælp og afslut" in result.stdout
    assert "usage" not in result.stdout and "show this help" not in result.stdout


def test_ny_writes_a_blank_file_that_tjek_rejects(capsys, tmp_path: Path):
    target = tmp_path / "plan.yml"
    status, out, _ = _run(capsys, "ny", "samarbejdsplan", "-o", str(target))
    assert status == 0 and "Tom skabelon skrevet til" in out
    content = target.read_text(encoding="utf-8")
    assert content.startswith("# Plan for samarbejdet (skabelon: samarbejdsplan)")
    assert yaml.safe_load(content)["skabelon"] == "samarbejdsplan"
    status, _, err = _run(capsys, "tjek", str(target))
    assert status == 1
    assert "plan.yml, feltet »formål« (linje 13): skal udfyldes." in err


def test_ny_never_overwrites_without_force(capsys, tmp_path: Path):
    target = tmp_path / "plan.yml"
    target.write_text("mit arbejde", encoding="utf-8")
    status, _, err = _run(capsys, "ny", "trinplan", "-o", str(target))
    assert status == 1 and "findes allerede" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "mit arbejde"
    status, _, _ = _run(capsys, "ny", "trinplan", "-o", str(target), "--force")
    assert status == 0 and "skabelon: trinplan" in target.read_text(encoding="utf-8")


def test_ny_with_a_misspelt_template_suggests_the_right_one(capsys):
    status, _, err = _run(capsys, "ny", "trinplanen")
    assert status == 1 and "Mente du »trinplan«?" in err


def test_tjek_accepts_every_example(capsys, tmp_path: Path):
    files = [str(_example(tmp_path, t)) for t in template_ids()]
    status, out, err = _run(capsys, "tjek", *files)
    assert status == 0 and err == ""
    assert out.count(": i orden") == len(files)


def test_tjek_reports_each_kind_of_bad_input_on_stderr_with_status_1(tmp_path: Path):
    path = tmp_path / "plan.yml"
    data = yaml.safe_load(example_path("samarbejdsplan").read_text(encoding="utf-8"))
    data["formal"] = data.pop("formål")
    data["projekt"] = ["en", "liste"]
    data["aktiviteter"][0]["slut"] = "2017-01-01"
    data["aktiviteter"][1]["timer"] = "mange"
    data["aktiviteter"].append({"aktivitet": ""})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "samskab_lib.cli", "tjek", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr
    for expected in ("Mente du »formål«?", "feltet »formål«: skal udfyldes",
                     "feltet »projekt« (linje", "her skal stå en tekst",
                     "slutdatoen 1. januar 2017 ligger før",
                     "der står »mange«", "række 8 (linje "):
        assert expected in result.stderr, expected


def test_tjek_of_a_missing_file_is_a_danish_message(capsys, tmp_path: Path):
    status, _, err = _run(capsys, "tjek", str(tmp_path / "findes-ikke.yml"))
    assert status == 1 and "findes-ikke.yml: filen findes ikke. Tjek navnet og mappen." in err


def test_missing_argument_exits_2_with_a_danish_error():
    result = subprocess.run([sys.executable, "-m", "samskab_lib.cli", "tjek"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "fejl: disse argumenter mangler: FIL" in result.stderr


@pytest.mark.parametrize("fmt,suffix", [("docx", ".docx"), ("md", ".md"), ("html", ".html")])
def test_udfyld_writes_each_format_next_to_the_yaml(capsys, tmp_path: Path, fmt, suffix):
    source = _example(tmp_path, "samarbejdsplan")
    status, out, _ = _run(capsys, "udfyld", str(source), "--format", fmt)
    target = source.with_suffix(suffix)
    assert status == 0 and target.is_file() and "skrevet" in out
    if fmt == "docx":
        doc = Document(io.BytesIO(target.read_bytes()))
        assert doc.paragraphs[0].text == "Plan for samarbejdet"
    else:
        assert "Fokusgruppeinterviews med oliefyrsejere" in target.read_text(encoding="utf-8")


def test_udfyld_never_overwrites_without_force(capsys, tmp_path: Path):
    source = _example(tmp_path, "trinplan")
    target = tmp_path / "trinplan.md"
    target.write_text("mine noter", encoding="utf-8")
    status, _, err = _run(capsys, "udfyld", str(source), "--format", "md")
    assert status == 1 and "trinplan.md findes allerede" in err
    assert target.read_text(encoding="utf-8") == "mine noter"
    status, _, _ = _run(capsys, "udfyld", str(source), "--format", "md", "--force")
    assert status == 0 and target.read_text(encoding="utf-8").startswith("# Trinplan")


def test_udfyld_output_file_and_outdir(capsys, tmp_path: Path):
    source = _example(tmp_path, "gruppeplakat")
    status, _, _ = _run(capsys, "udfyld", str(source), "-o", str(tmp_path / "plakat.html"),
                        "--format", "html")
    assert status == 0 and (tmp_path / "plakat.html").read_text(encoding="utf-8").startswith(
        "<!DOCTYPE html>")
    status, _, _ = _run(capsys, "udfyld", str(source), "--outdir", str(tmp_path / "ud"))
    assert status == 0 and (tmp_path / "ud" / "gruppeplakat.docx").is_file()


def test_udfyld_output_with_several_files_is_refused(capsys, tmp_path: Path):
    a, b = _example(tmp_path, "trinplan"), _example(tmp_path, "udgangspunkt")
    status, _, err = _run(capsys, "udfyld", str(a), str(b), "-o", str(tmp_path / "x.md"))
    assert status == 2 and "kun bruges med én inputfil" in err


def test_batch_continues_after_a_failed_file_and_shows_progress(tmp_path: Path):
    good = [_example(tmp_path, t) for t in ("udgangspunkt", "trinplan", "gruppeplakat")]
    bad = tmp_path / "fejl.yml"
    bad.write_text("skabelon: trinplan\nprojekt: [3, 4]\n", encoding="utf-8")
    files = [str(good[0]), str(bad), str(good[1]), str(good[2])]
    result = subprocess.run([sys.executable, "-m", "samskab_lib.cli", "udfyld", *files,
                             "--format", "md", "--outdir", str(tmp_path / "ud")],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert sorted(p.name for p in (tmp_path / "ud").iterdir()) == [
        "gruppeplakat.md", "trinplan.md", "udgangspunkt.md"]
    assert "fejl.yml, feltet »projekt« (linje 2): her skal stå en tekst" in result.stderr
    assert "1 af 4 filer havde fejl." in result.stderr
    assert "4/4" in result.stderr  # the progress bar reached the end
    assert "Traceback" not in result.stderr


def test_udfyld_dash_prints_markdown_and_writes_no_file(capsys, tmp_path: Path, monkeypatch):
    source = _example(tmp_path, "samarbejdsplan")
    monkeypatch.chdir(tmp_path)
    status, out, _ = _run(capsys, "udfyld", str(source), "--format", "md", "-o", "-")
    assert status == 0
    assert out.startswith("# Plan for samarbejdet")
    assert not (tmp_path / "-").exists()


def test_udfyld_refuses_word_on_the_screen(capsys, tmp_path: Path):
    source = _example(tmp_path, "samarbejdsplan")
    status, out, err = _run(capsys, "udfyld", str(source), "-o", "-")
    assert status == 2
    assert "Word-dokument kan ikke vises på skærmen" in err
    assert out == ""
