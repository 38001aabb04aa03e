"""The participant questionnaire: stable ids, the blank Word file and the list to paste."""
from __future__ import annotations

import io
import zipfile

import docx

from samskab_lib.evaluation.questionnaire import (
    answer_scale,
    blank_docx,
    load_questionnaire,
    paste_list,
)

# Changing an id breaks every survey already set up with it: this list changes only on purpose.
STABLE_IDS = ("opgave", "information", "tid", "hoert", "fair", "repraesentativ",
              "tilbagemelding", "igen", "alder", "bedst", "anderledes")


def test_questions_keep_their_ids_and_cover_step_5() -> None:
    questionnaire = load_questionnaire()
    assert tuple(q.id for q in questionnaire.questions) == STABLE_IDS
    feedback = questionnaire.question("tilbagemelding").text
    assert "»Det sagde I – det gjorde vi«" in feedback
    assert [q.id for q in questionnaire.of_kind("fritekst")] == ["bedst", "anderledes"]
    assert questionnaire.question("alder").options[0] == "Under 30 år"


def test_scale_runs_from_helt_enig_to_ved_ikke() -> None:
    assert answer_scale() == ("Helt enig", "Enig", "Hverken enig eller uenig", "Uenig",
                              "Helt uenig", "Ved ikke")


def test_paste_list_names_every_question_with_its_id() -> None:
    listing = paste_list()
    for question in load_questionnaire().questions:
        assert f"{question.text} ({question.id})" in listing
    assert listing.count("Helt enig / Enig / Hverken enig eller uenig") == 8


def test_blank_word_file_is_a4_danish_with_every_question() -> None:
    data = blank_docx()
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings[0] == "1. " + load_questionnaire().question("opgave").text
    assert len(headings) == len(STABLE_IDS)
    assert len(document.tables) == 8  # one row of boxes per scale question
    assert [c.text for c in document.tables[0].rows[0].cells] == list(answer_scale())
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()
    assert 'w:val="da-DK"' in styles
    assert blank_docx() == data  # the same questionnaire gives the same bytes


def test_command_writes_the_blank_questionnaire(tmp_path, capsys) -> None:
    from samskab_lib.cli import main

    assert main(["spoergeskema", "--outdir", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "deltagerevaluering-spoergsmaal.txt", "deltagerevaluering.docx"]
    assert (tmp_path / "deltagerevaluering.docx").read_bytes() == blank_docx()
    assert main(["spoergeskema", "--outdir", str(tmp_path)]) == 1  # nothing overwritten
    assert "findes allerede" in capsys.readouterr().err
