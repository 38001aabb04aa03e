"""The step 5 page's survey reader in JavaScript against the library: for every export of the
corpus and the three example exports, Node reads the file as the browser does and must give the
same report (Markdown with its chart lines, the charts' alt texts) or refuse it with the same
Danish message."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from test_survey_exports import GOOD, REFUSED
from test_survey_report import MERGED, _small_group_shown, write_small_export
from test_survey_report import POPULATION as SMALL_POPULATION

from samskab_lib.errors import InputError
from samskab_lib.evaluation.export_answers import read_answers
from samskab_lib.evaluation.survey_report import report_blocks
from samskab_lib.evaluation.survey_results import survey_results
from samskab_lib.templates.markdown_html import blocks_markdown

ROOT = Path(__file__).resolve().parents[1]
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
EXAMPLE = ROOT / "cases" / "evaluering-eksempel"
POPULATION = {"Under 30 år": 1240, "30–49 år": 1510, "50–64 år": 980, "65 år og derover": 870}


def read_in_node(forms_data: Path, files: list[dict]) -> list[dict]:
    request = json.dumps({"data": str(forms_data), "files": files})
    result = subprocess.run([NODE, str(ROOT / "tests" / "js" / "survey.mjs")], input=request,
                            capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout)


def library_markdown(path: Path, invited: int | None = None,
                     population: dict[str, int] | None = None) -> str:
    results = survey_results(read_answers(path), invited, population)
    return blocks_markdown(report_blocks(results))


def library_charts(path: Path, invited: int | None = None,
                   population: dict[str, int] | None = None) -> list[tuple[str, str]]:
    """Each chart of the library's report: its alt text and file name."""
    results = survey_results(read_answers(path), invited, population)
    return [(b.text, b.source) for b in report_blocks(results) if b.kind == "image"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("korpus")
    for export in GOOD:
        if export.mapping is None:
            (folder / export.name).write_bytes(export.content())
    for name, content, _message in REFUSED:
        (folder / name).write_bytes(content())
    return folder


def test_example_exports_give_the_library_report(forms_data: Path) -> None:
    files = [{"path": str(EXAMPLE / name), "invited": 180, "population": POPULATION}
             for name in ("surveyxact.csv", "microsoft-forms.xlsx", "google-forms.csv")]
    for file, read in zip(files, read_in_node(forms_data, files), strict=True):
        assert read.get("markdown") == library_markdown(Path(file["path"]), 180, POPULATION)
        assert "| Under 30 år + 30–49 år (slået sammen) | 18 | 60 % | 31 % |" in read["markdown"]
        assert [(c["alt"], c["source"]) for c in read["charts"]] == library_charts(
            Path(file["path"]), 180, POPULATION)
        assert "](figur-2.png)" in read["markdown"]


def test_corpus_is_read_as_the_library_reads_it(forms_data: Path, corpus: Path) -> None:
    names = sorted(p.name for p in corpus.iterdir())
    assert len(names) >= 20
    reads = read_in_node(forms_data, [{"path": str(corpus / name)} for name in names])
    for name, read in zip(names, reads, strict=True):
        try:
            expected = {"markdown": library_markdown(corpus / name)}
        except InputError as error:
            expected = {"error": error.problems[0]}
        assert {k: v for k, v in read.items() if k not in ("word_body", "charts")} == expected, name
        if "charts" in read:
            assert [(c["alt"], c["source"]) for c in read["charts"]] == library_charts(
                corpus / name), name


def test_no_chart_label_or_alt_text_breaks_down_a_group_under_5(forms_data: Path,
                                                                tmp_path: Path) -> None:
    path = write_small_export(tmp_path)
    read = read_in_node(forms_data, [{"path": str(path), "invited": 40,
                                      "population": SMALL_POPULATION}])[0]
    likert, groups = (c["chart"] for c in read["charts"])
    # The question with 4 answers on the scale is left out of the chart; the two small age
    # groups are drawn as one merged bar.
    assert [q["text"] for q in likert["questions"]] == [
        "Jeg forstod, hvad vi skulle give input til, og hvad der lå fast på forhånd"]
    assert [g["group"] for g in groups["groups"]] == [MERGED, "50–64 år", "65 år og derover"]
    assert [g["participants"] for g in groups["groups"]] == [7, 5, 0]
    assert not any(_small_group_shown(c["alt"]) for c in read["charts"])
    assert [(c["alt"], c["source"]) for c in read["charts"]] == library_charts(path, 40,
                                                                               SMALL_POPULATION)


def test_browser_word_report_opens_as_a4_with_the_tables(forms_data: Path) -> None:
    read = read_in_node(forms_data, [{"path": str(EXAMPLE / "google-forms.csv"), "invited": 180,
                                      "population": POPULATION}])[0]
    skeleton = forms_data / "word-evalueringsrapport.docx"
    body = read["word_body"]
    assert body.count("<w:tbl>") == 4  # counts, distribution, answers per question, groups
    from zipfile import ZipFile

    with ZipFile(skeleton) as original:
        xml = original.read("word/document.xml").decode()
        head = xml[:xml.index("<w:body>")]
        buffer = io.BytesIO()
        with ZipFile(buffer, "w") as target:
            for entry in original.infolist():
                target.writestr(entry, original.read(entry) if entry.filename != "word/document.xml"
                                else (head + body).encode())
    document = docx.Document(io.BytesIO(buffer.getvalue()))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert ["Svarprocent", "34 %"] in [[c.text for c in r.cells] for r in document.tables[0].rows]
