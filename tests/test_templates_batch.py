"""A batch of 50 plans with broken files of every kind: every file is processed, exit 1."""
from __future__ import annotations

import re

from samskab_lib.cli import main
from samskab_lib.templates.definitions import example_path

GOOD = "skabelon: udgangspunkt\nprojekt: P{n}\nhvad: a\nhvorfor: b\nhvornår: c\nhvor_meget: d\n"
PLAN = example_path("samarbejdsplan").read_text(encoding="utf-8")

# name -> (content, the start of its one Danish line)
BROKEN: dict[str, tuple[str | bytes, str]] = {
    "umulig_dato": (PLAN.replace("start: 2017-09-04", "start: 2026-02-30"),
                    "feltet »aktiviteter«, række 1, kolonnen »start« (linje"),
    "dobbelt_noegle": (PLAN + "projekt: Igen\n", "linje"),
    "yaml_fejl": ("skabelon: udgangspunkt\nprojekt: [ikke lukket\n", "linje 3, kolonne 1:"),
    "ikke_utf8": ("skabelon: udgangspunkt\nprojekt: Grønne gårde\n".encode("latin-1"),
                  "filen er ikke gemt som UTF-8"),
    "punktum_decimal": (PLAN.replace("kroner: 8000", "kroner: 12.5"), "feltet »aktiviteter«"),
    "klokkeslaet": (PLAN.replace("timer: 60", "timer: 1:30"), "feltet »aktiviteter«"),
    "ukendt_skabelon": (GOOD.replace("udgangspunkt", "udgangspunktet"),
                        "skabelonen »udgangspunktet« findes ikke"),
    "ingen_skabelon": (GOOD.split("\n", 1)[1], "filen siger ikke, hvilken skabelon"),
    "tom_fil": ("", "filen skal indeholde felter"),
    "liste_oeverst": ("- skabelon: udgangspunkt\n", "filen skal indeholde felter"),
    "ukendt_felt": (GOOD + "formaal: x\n", "feltet »formaal« (linje 7): feltet findes ikke"),
    "tabulator": ("skabelon: udgangspunkt\n\tprojekt: x\n", "linje 2, kolonne 1:"),
}


def test_batch_of_50_reports_each_bad_file_once_and_writes_every_good_one(capsys, tmp_path):
    files = []
    for name, (content, _) in BROKEN.items():
        path = tmp_path / f"{name}.yml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        files.append(path)
    files.append(tmp_path / "findes_ikke.yml")
    for number in range(50 - len(files)):
        path = tmp_path / f"god_{number:02d}.yml"
        path.write_text(GOOD.format(n=number), encoding="utf-8")
        files.append(path)
    files.sort()
    assert len(files) == 50

    status = main(["udfyld", *map(str, files), "--outdir", str(tmp_path / "ud")])
    err = capsys.readouterr().err

    assert status == 1
    lines = [line for line in re.split(r"[\r\n]", err) if ".yml" in line]
    bad = sorted([*BROKEN, "findes_ikke"])
    assert sorted(line.split(".yml")[0].rsplit("/", 1)[-1] for line in lines) == bad
    for name, (_, start) in BROKEN.items():
        line = next(line for line in lines if line.startswith(f"{name}.yml"))
        assert start in line, line
    assert f"{len(bad)} af 50 filer havde fejl." in err
    for word in ("Traceback", "Error", "No such file", "expected", "found"):
        assert word not in err
    written = sorted(p.stem for p in (tmp_path / "ud").iterdir())
    assert written == sorted(p.stem for p in files if p.stem.startswith("god_"))
