"""The notebook form: built from the definition, checks as you type, saves without overwriting."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml
from docx import Document

from samskab_lib import TemplateForm, load_example, load_filled


def test_form_has_one_input_per_field_and_rows_per_activity(tmp_path: Path):
    form = TemplateForm("samarbejdsplan", initial=load_example("samarbejdsplan"), directory=tmp_path)
    assert list(form.inputs) == list(form.template.field_ids)
    assert len(form.inputs["aktiviteter"].rows) == 7
    assert form.inputs["aktiviteter"].rows[0]["start"].widget.value == date(2017, 9, 4)
    assert "Alle felter er i orden." in form.errors.value


def test_blank_form_lists_required_fields_in_danish(tmp_path: Path):
    form = TemplateForm("gruppeplakat", directory=tmp_path)
    assert "formularen, feltet »Gruppenummer«: skal udfyldes." in form.errors.value
    assert "Gruppeplakat for de 18 nøgler" in form.preview.value


def test_typing_updates_errors_and_preview(tmp_path: Path):
    form = TemplateForm("samarbejdsplan", initial=load_example("samarbejdsplan"), directory=tmp_path)
    form.inputs["formål"].widget.value = ""
    assert "feltet »Formål«: skal udfyldes" in form.errors.value
    form.inputs["aktiviteter"].rows[0]["timer"].widget.value = "mange"
    assert "der står »mange«" in form.errors.value
    form.inputs["formål"].widget.value = "<script>x</script>"
    assert "&lt;script&gt;x&lt;/script&gt;" in form.preview.value
    assert "<script>" not in form.preview.value


def test_rows_can_be_added_and_removed(tmp_path: Path):
    form = TemplateForm("samarbejdsplan", initial=load_example("samarbejdsplan"), directory=tmp_path)
    rows = form.inputs["aktiviteter"]
    rows.add({})
    assert len(rows.rows) == 8 and "række 8: rækken er tom" in form.errors.value
    rows.remove(7)
    rows.remove(0)
    assert len(rows.rows) == 6 and "Alle felter er i orden." in form.errors.value
    assert "Fokusgruppeinterviews med oliefyrsejere" not in form.preview.value


def test_number_input_hint_matches_how_numbers_are_read(tmp_path: Path):
    form = TemplateForm("samarbejdsplan", initial=load_example("samarbejdsplan"), directory=tmp_path)
    kroner = form.inputs["aktiviteter"].rows[0]["kroner"].widget
    assert kroner.placeholder == "fx 2.500 eller 12,5"
    for typed, read in (("2.500", 2500), ("12,5", 12.5)):
        kroner.value = typed
        assert form.filled().values["aktiviteter"][0]["kroner"] == read
    kroner.value = "12.5"
    assert "Skriv decimaler med komma, fx 12,5" in form.errors.value


def test_save_word_and_yaml_with_a_link_and_no_silent_overwrite(tmp_path: Path):
    form = TemplateForm("samarbejdsplan", initial=load_example("samarbejdsplan"), directory=tmp_path)
    form.filename.value = "vores-plan"
    saved = form.save_docx()
    assert saved == tmp_path / "vores-plan.docx"
    assert Document(str(saved)).paragraphs[0].text == "Plan for samarbejdet"
    assert 'download="vores-plan.docx"' in form.message.value
    saved.write_bytes(b"brugerens egen fil")
    assert form.save_docx() is None
    assert "findes allerede" in form.message.value
    assert saved.read_bytes() == b"brugerens egen fil"
    form.overwrite.value = True
    assert form.save_docx() == saved and saved.read_bytes() != b"brugerens egen fil"
    yaml_path = form.save_yaml()
    assert load_filled(yaml_path).values == load_example("samarbejdsplan").values


def test_word_needs_a_valid_form_but_a_yaml_draft_can_be_saved(tmp_path: Path):
    form = TemplateForm("udgangspunkt", directory=tmp_path)
    form.inputs["hvad"].widget.value = "Skybrud i Vestbyen"
    assert form.save_docx() is None and "Ret fejlene" in form.message.value
    draft = form.save_yaml()
    assert "kladde" in form.message.value
    assert yaml.safe_load(draft.read_text(encoding="utf-8"))["hvad"] == "Skybrud i Vestbyen"


def test_file_name_cannot_leave_the_working_folder(tmp_path: Path):
    form = TemplateForm("trinplan", initial=load_example("trinplan"), directory=tmp_path)
    form.filename.value = "../../udenfor.docx"
    assert form.save_docx() == tmp_path / "udenfor.docx"
