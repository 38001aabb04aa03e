"""`samskab case ny` and `samskab case tjek`: a new file lists what to fill; good files pass."""
from __future__ import annotations

from pathlib import Path

from samskab_lib.cli import main
from samskab_lib.resources import cases_dir

CORPUS = Path(__file__).parent / "fixtures" / "broken_cases"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_ny_writes_a_case_whose_check_names_what_to_fill(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, out, _ = _run(capsys, "case", "ny", "roskilde-borgerbudget")
    assert status == 0
    assert out.startswith("Ny case skrevet til roskilde-borgerbudget/case.yml.")
    status, _, err = _run(capsys, "case", "tjek", "roskilde-borgerbudget/case.yml")
    assert status == 1
    fields = [line.split("felt »")[1].split("«")[0] for line in err.splitlines()]
    assert fields == ["periode.fra", "periode.kilde", "klassifikation.trin",
                      "klassifikation.samskabelsesform", "klassifikation.emner"]
    assert "»« er ikke en periode. Skriv året" in err


def test_ny_does_not_overwrite_without_force(capsys, tmp_path):
    target = tmp_path / "case.yml"
    target.write_text("mit arbejde\n", encoding="utf-8")
    status, _, err = _run(capsys, "case", "ny", "x", "-o", str(target))
    assert status == 1 and "findes allerede" in err
    assert target.read_text(encoding="utf-8") == "mit arbejde\n"
    assert _run(capsys, "case", "ny", "x", "-o", str(target), "--force")[0] == 0
    assert "id: x" in target.read_text(encoding="utf-8")


def test_ny_refuses_an_id_that_cannot_be_a_folder_name(capsys):
    status, _, err = _run(capsys, "case", "ny", "Min Case")
    assert status == 2 and "»Min Case« kan ikke bruges som id." in err


def test_tjek_passes_every_book_case_and_reports_a_broken_one(capsys):
    files = [str(p) for p in sorted(cases_dir().glob("*/case.yml"))]
    status, out, err = _run(capsys, "case", "tjek", *files)
    assert status == 0 and err == ""
    assert out.count(": i orden") == len(files)
    status, _, err = _run(capsys, "case", "tjek", str(CORPUS / "beloeb_uden_valuta.yml"))
    assert status == 1
    assert "linje 42, felt »omkostninger.beløb«: et beløb skal have en valuta." in err
