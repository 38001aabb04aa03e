"""The evaluation report's figures against a hand computation on a small export, and no group
of fewer than 5 answers broken down anywhere (tables, charts, alt text, Markdown, Word)."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from samskab_lib.cli import main
from samskab_lib.errors import InputError
from samskab_lib.evaluation.export_answers import read_answers
from samskab_lib.evaluation.survey_report import (
    count_rows,
    group_rows,
    report_blocks,
    report_docx,
    scale_rows,
    write_report,
)
from samskab_lib.evaluation.survey_results import merged_groups, survey_results

# 12 respondents. opgave: 3 Helt enig, 4 Enig, 1 Hverken, 1 Uenig, 1 Helt uenig, 1 Ved ikke,
# 1 blank. hoert: 4 on the scale, 8 Ved ikke (too few to break down). Age: 2 under 30,
# 5 aged 30–49, 5 aged 50–64, none 65 or over.
OPGAVE = ["Helt enig"] * 3 + ["Enig"] * 4 + ["Hverken enig eller uenig", "Uenig", "Helt uenig",
                                             "Ved ikke", ""]
HOERT = ["Enig", "Enig", "Uenig", "Helt enig"] + ["Ved ikke"] * 8
AGES = ["Under 30 år"] * 2 + ["30–49 år"] * 5 + ["50–64 år"] * 5
BEDST = ["Kaffen", "", "Kortet", "Kaffen"] + [""] * 8
POPULATION = {"Under 30 år": 1000, "30–49 år": 1000, "50–64 år": 1000, "65 år og derover": 1000}


def write_small_export(folder: Path) -> Path:
    """The 12 answers above as a CSV export in *folder*."""
    path = folder / "svar.csv"
    lines = ["Tidsstempel;opgave;hoert;alder;bedst"]
    lines += [f"0{2 + i % 3}-03-2026 10:00;{o};{h};{a};{b}"
              for i, (o, h, a, b) in enumerate(zip(OPGAVE, HOERT, AGES, BEDST, strict=True))]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    path = write_small_export(tmp_path_factory.mktemp("svar"))
    return survey_results(read_answers(path), invited=40, population=POPULATION)


def test_counts_and_response_rate(results) -> None:
    assert results.respondents == 12
    assert results.response_rate == pytest.approx(12 / 40)
    assert (results.first_day.day, results.last_day.day) == (2, 4)


def test_distribution_matches_hand_computation(results) -> None:
    opgave = results.scale[0]
    assert (opgave.answers, opgave.dont_know, opgave.blanks) == (10, 1, 1)
    assert opgave.summary.counts == (1, 1, 1, 4, 3)  # Helt uenig … Helt enig
    assert opgave.summary.mean == pytest.approx(37 / 10)
    assert opgave.summary.share_agreeing == pytest.approx(0.7)
    text = "Jeg forstod, hvad vi skulle give input til, og hvad der lå fast på forhånd."
    assert scale_rows(results)[0] == [text, "30 %", "40 %", "10 %", "10 %", "10 %", "70 %"]
    assert count_rows(results)[0] == [text, "10", "1", "1"]


def test_question_with_fewer_than_five_answers_is_not_broken_down(results) -> None:
    hoert = results.scale[1]
    assert hoert.suppressed and hoert.answers == 4
    assert scale_rows(results)[1][1:] == ["–"] * 5 + ["færre end 5"]
    assert count_rows(results)[1][1:] == ["færre end 5", "–", "–"]
    assert [q.question for q in results.shown.questions] == [
        "Jeg forstod, hvad vi skulle give input til, og hvad der lå fast på forhånd"]


def test_small_age_group_is_merged_and_index_matches_hand_computation(results) -> None:
    assert group_rows(results) == [[MERGED, "7", "50 %", "58 %"], ["50–64 år", "5", "25 %", "42 %"],
                                   ["65 år og derover", "0", "25 %", "0 %"]]
    # D = ½ (|0,50 − 7/12| + |0,25 − 5/12| + |0,25 − 0|) = 0,25
    assert results.representation.dissimilarity_index == pytest.approx(0.25)


def test_merging_takes_the_smallest_groups_until_five() -> None:
    groups = merged_groups({"a": 1, "b": 1, "c": 9, "d": 6, "e": 0})
    assert [(g.group, g.count) for g in groups] == [("a + b + d (slået sammen)", 8), ("c", 9),
                                                    ("e", 0)]
    assert [(g.group, g.count) for g in merged_groups({"a": 5, "b": 7})] == [("a", 5), ("b", 7)]


MERGED = "Under 30 år + 30–49 år (slået sammen)"


def _small_group_shown(content: str) -> bool:
    """Is the age group of 2 shown on its own, or the question with 4 answers broken down?"""
    alone = content.replace(MERGED, "")
    return ("Under 30 år" in alone or "30–49 år" in alone
            or bool(re.search(r"lyttet til[^\n]*?\d+ %", content)))


def test_small_group_check_sees_a_breakdown() -> None:
    assert _small_group_shown("| Under 30 år | 2 | 25 % | 17 % |")
    assert _small_group_shown("Mine synspunkter blev lyttet til | 25 % | 50 %")
    assert not _small_group_shown(f"| {MERGED} | 7 | 50 % | 58 % |")


def test_no_small_group_in_markdown_or_alt_text(results, tmp_path: Path) -> None:
    written = write_report(results, tmp_path)
    assert [p.name for p in written] == [
        "evalueringsrapport.docx", "evalueringsrapport.md", "evalueringsrapport-figur-1.png",
        "evalueringsrapport-figur-2.png"]
    markdown = (tmp_path / "evalueringsrapport.md").read_text(encoding="utf-8")
    assert not _small_group_shown(markdown)
    assert "Ingen opdeling vises for færre end 5 svar" in markdown
    assert "| 50–64 år | 5 | 25 % | 42 % |" in markdown
    assert "- Kaffen (2 skrev det samme)\n- Kortet" in markdown
    alts = [b.text for b in report_blocks(results) if b.kind == "image"]
    assert len(alts) == 2
    assert "Under 30 år + 30–49 år (slået sammen): 50 % af befolkningen og 58 % af deltagerne" in alts[1]
    assert not any(_small_group_shown(alt) for alt in alts)
    assert "lyttet til" not in alts[0]


def test_word_report_has_every_chart_with_its_table(results) -> None:
    document = docx.Document(io.BytesIO(report_docx(results)))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    pictures = document.element.body.findall(".//" + qn("wp:docPr"))
    assert [p.get("title") for p in pictures] == ["figur-1.png", "figur-2.png"]
    assert all(p.get("descr") for p in pictures)
    cells = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert ["50–64 år", "5", "25 %", "42 %"] in cells
    assert not any(_small_group_shown(" ".join(row)) for row in cells)


def test_invited_below_answers_is_refused(results) -> None:
    with pytest.raises(InputError, match=r"Antal inviterede \(10\) er mindre end antal svar \(12\)"):
        survey_results(results.answers, invited=10)


def test_word_report_in_libreoffice(results, tmp_path: Path) -> None:
    """A4 on every page, Danish text, and each chart's table right after it."""
    (tmp_path / "rapport.docx").write_bytes(report_docx(results))
    assert_report_in_libreoffice(tmp_path / "rapport.docx")


def assert_report_in_libreoffice(word: Path) -> None:
    """The report *word* as LibreOffice lays it out: A4 pages, its tables' captions, two charts."""
    missing = [t for t in ("soffice", "pdfinfo", "pdftotext", "pdfimages") if shutil.which(t) is None]
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"LibreOffice/poppler mangler under CI: {', '.join(missing)}")
    if missing:
        pytest.skip(f"installér libreoffice-writer-nogui og poppler-utils ({', '.join(missing)})")
    folder = word.parent
    subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profil').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    str(word)], check=True, capture_output=True, timeout=300)
    pdf = word.with_suffix(".pdf")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    assert sizes and all((round(float(w)), round(float(h))) == (595, 842) for w, h in sizes)
    content = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout
    assert "Deltagernes svar pr. udsagn" in content and "Svarprocent" in content
    assert "Deltagerne og befolkningen fordelt på svarene" in content
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert [row.split()[2] for row in images].count("image") == 2  # both charts (a PNG with
    # an alpha channel, as a browser's canvas writes it, adds a soft mask beside its image)


EXAMPLE = Path(__file__).resolve().parent.parent / "cases" / "evaluering-eksempel"


def test_command_writes_the_report_beside_nothing_it_overwrites(tmp_path: Path, capsys) -> None:
    arguments = ["evaluering", str(EXAMPLE / "microsoft-forms.xlsx"), "--befolkning",
                 str(EXAMPLE / "befolkning.yml"), "--outdir", str(tmp_path)]
    assert main(arguments) == 0
    out = capsys.readouterr().out
    assert "microsoft-forms.xlsx: 62 svar læst, 0 celler kunne ikke læses." in out
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "microsoft-forms-rapport-figur-1.png", "microsoft-forms-rapport-figur-2.png",
        "microsoft-forms-rapport.docx", "microsoft-forms-rapport.md"]
    markdown = (tmp_path / "microsoft-forms-rapport.md").read_text(encoding="utf-8")
    assert "| Svarprocent | 34 % |" in markdown  # 62 of the 180 invited
    assert main(arguments) == 1
    assert "findes allerede" in capsys.readouterr().err


def test_command_refuses_a_file_that_is_not_an_export(capsys) -> None:
    assert main(["evaluering", str(EXAMPLE / "befolkning.yml")]) == 1
    assert "filtypen ».yml« kan ikke læses" in capsys.readouterr().err


def test_step_5_page_states_the_example_figures() -> None:
    """The page's prose quotes the example's figures; they must be what the library computes."""
    from samskab_lib.evaluation.survey_results import example_results

    page = (Path(__file__).resolve().parent.parent / "book" / "trin" / "evaluer-svar.md").read_text(
        encoding="utf-8")
    example = example_results()
    index = f"{example.representation.dissimilarity_index:.2f}".replace(".", ",")
    assert f"Dissimilaritetsindekset er {index}" in page
    assert "180 borgere blev inviteret" in page and f"og {example.respondents} svarede" in page
    shares = {r.question.id: r.summary.share_agreeing for r in example.scale}
    assert max(shares, key=shares.get) == "opgave"  # "Flest er enige i, at de forstod opgaven"
    assert min(shares, key=shares.get) == "repraesentativ"  # "Færrest mener, at deltagerne …"
    assert round(shares["fair"], 2) == round(shares["igen"], 2) == 0.75  # "tre ud af fire"
    assert "kun tre under 30 år" in page and example.answers.frame["alder"].eq("Under 30 år").sum() == 3
