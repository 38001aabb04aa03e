"""The report of a participant survey as blocks, written as an A4 Word file in Danish and as
Markdown: each chart (with alt text) is followed by the table of its numbers.

The blocks go through the one Word writer and the templates' Markdown writer
(:func:`~samskab_lib.word.writer.write_docx`,
:func:`~samskab_lib.templates.markdown_html.blocks_markdown`), so the report looks like the
book's other documents.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from ..charts import AccessibleFigure
from ..formatting import number, percent
from ..tables import Table
from ..templates.markdown_html import blocks_html, blocks_markdown
from ..templates.reading import danish_date
from ..texts import text
from ..word.blocks import Block
from ..word.writer import write_docx
from .charts import likert_chart, representativeness_chart
from .survey_results import SurveyResults

MAX_LISTED_PROBLEMS = 50  # the rest are counted


def _t(key: str, **values: object) -> str:
    return text(f"survey_report.{key}", **values)


def report_blocks(results: SurveyResults) -> list[Block]:
    """The report: counts, what could not be read, the scale, the groups and the free text."""
    answers = results.answers
    kind = text(f"exports.encodings.{answers.encoding}")
    if answers.separator:
        kind += ", " + text(f"exports.separators.{answers.separator}")
    blocks = [Block("heading", 1, _t("title")),
              Block("help", text=_t("made_with")),
              Block("paragraph", text=_t("from_file", file=answers.source, kind=kind))]
    if results.first_day and results.last_day:
        blocks.append(Block("paragraph", text=_t("period", first=danish_date(results.first_day),
                                                 last=danish_date(results.last_day))))
    blocks.append(Block("paragraph", text=_t("privacy")))
    blocks += _counts(results) + _unreadable(results) + _scale(results) + _groups(results)
    blocks += _free_text(results)
    return _numbered_charts(blocks)


def _table(headers: list[str], rows: list[list[str]], widths: list[float],
           caption: str = "") -> list[Block]:
    numeric = tuple(bool(rows) and all(_is_figure(r[i]) for r in rows)
                    for i in range(len(headers)))
    table = Block("table", headers=tuple(headers), rows=tuple(tuple(r) for r in rows),
                  widths=tuple(widths), numeric=numeric)
    return ([Block("help", text=caption)] if caption else []) + [table]


def _is_figure(cell: str) -> bool:
    return bool(cell) and (cell[0].isdigit() or cell == "–")


def _chart(figure: AccessibleFigure) -> Block:
    block = Block("image", text=figure.alt, image=figure.png())
    figure.figure.clear()
    return block


def _numbered_charts(blocks: list[Block]) -> list[Block]:
    """Give each chart its file name (``figur-1.png``, …) in the order it appears."""
    numbered, count = [], 0
    for block in blocks:
        if block.kind == "image":
            count += 1
            block = replace(block, source=_t("chart_file", number=count))
        numbered.append(block)
    return numbered


def _counts(results: SurveyResults) -> list[Block]:
    rate = results.response_rate
    rows = [[_t("respondents"), number(results.respondents)],
            [_t("invited"), number(results.invited) if results.invited else _t("not_given")],
            [_t("response_rate"), percent(rate) if rate is not None else _t("not_given")]]
    return [Block("heading", 2, _t("counts_heading")),
            *_table([_t("figure"), _t("value")], rows, [3, 1], _t("counts_caption"))]


def _unreadable(results: SurveyResults) -> list[Block]:
    """How the file was read: every cell that could not be read (the first 50, then a count),
    and the questions, rows and columns that were not used."""
    answers = results.answers
    blocks = [Block("heading", 2, _t("file_heading"))]
    if answers.problems:
        listed = [str(p) for p in answers.problems[:MAX_LISTED_PROBLEMS]]
        rest = len(answers.problems) - len(listed)
        blocks += [Block("paragraph", text=_t("unreadable_count", count=len(answers.problems))),
                   Block("bullets", items=tuple(listed + ([_t("unreadable_more", count=rest)]
                                                          if rest else [])))]
    else:
        blocks.append(Block("paragraph", text=_t("all_read")))
    notes = answers.notes()
    return blocks + ([Block("bullets", items=tuple(notes))] if notes else [])


def scale_rows(results: SurveyResults) -> list[list[str]]:
    """Per question: % per point from "Helt enig" to "Helt uenig" and the share agreeing; a
    question with fewer than 5 answers on the scale shows no breakdown."""
    rows = []
    for result in results.scale:
        if result.summary is None:
            rows.append([result.question.text, *["–"] * 5, _t("too_few")])
            continue
        shares = [percent(s) for s in reversed(result.summary.shares)]
        rows.append([result.question.text, *shares, percent(result.summary.share_agreeing)])
    return rows


def count_rows(results: SurveyResults) -> list[list[str]]:
    """Per question: answers on the scale, "Ved ikke" and blank (unreadable cells count as
    blank); fewer than 5 on the scale is shown as such, not as a number."""
    return [[r.question.text,
             _t("too_few") if r.suppressed else number(r.answers),
             "–" if r.suppressed else number(r.dont_know),
             "–" if r.suppressed else number(r.blanks)] for r in results.scale]


def scale_table(results: SurveyResults) -> Table:
    """The distribution per question as a page's table (the same rows as the report's)."""
    scale = [text(f"evaluation.likert_scale.{p}") for p in range(5, 0, -1)]
    return Table([_t("question"), *scale, _t("agreeing")], scale_rows(results),
                 _t("scale_caption"))


def group_table(results: SurveyResults) -> Table:
    """Participants against the population as a page's table (the report's rows)."""
    headers = [_t("group"), _t("group_answers"), _t("population_share"), _t("participant_share")]
    if results.representation is None:
        headers = [headers[0], headers[1], headers[3]]
    caption = _t("groups_caption", question=results.group_question.text
                 if results.group_question else "")
    return Table(headers, group_rows(results), caption)


def _scale(results: SurveyResults) -> list[Block]:
    if not results.scale:
        return []
    blocks = [Block("heading", 2, _t("scale_heading")), Block("paragraph", text=_t("scale_intro"))]
    shown = results.shown
    if shown is not None:
        blocks.append(_chart(likert_chart(shown)))
    scale = [text(f"evaluation.likert_scale.{p}") for p in range(5, 0, -1)]
    blocks += _table([_t("question"), *scale, _t("agreeing")], scale_rows(results),
                     [2.6, 1, 1, 1.3, 1, 1, 1.1], _t("scale_caption"))
    return blocks + _table([_t("question"), _t("answers"), _t("dont_know"), _t("blank")],
                           count_rows(results), [3, 1.2, 1, 1], _t("counts_per_question"))


def group_rows(results: SurveyResults) -> list[list[str]]:
    """Per group: answers and, with a population, the two shares (merged groups as one)."""
    total = sum(g.count for g in results.groups)
    if results.representation is None:
        return [[g.group, number(g.count), percent(g.count / total) if total else "–"]
                for g in results.groups]
    return [[r.group, number(r.participants), percent(r.population_share),
             percent(r.participant_share)] for r in results.representation.groups]


def _groups(results: SurveyResults) -> list[Block]:
    question = results.group_question
    if question is None or not results.groups:
        return []
    blocks = [Block("heading", 2, _t("groups_heading"))]
    caption = _t("groups_caption", question=question.text)
    if results.representation is None:
        blocks.append(Block("paragraph", text=_t("groups_only")))
        return blocks + _table([_t("group"), _t("group_answers"), _t("participant_share")],
                               group_rows(results), [3, 1, 1.4], caption)
    index = number(results.representation.dissimilarity_index, 2)
    blocks += [Block("paragraph", text=_t("groups_intro", index=index)),
               _chart(representativeness_chart(results.representation))]
    return blocks + _table([_t("group"), _t("group_answers"), _t("population_share"),
                            _t("participant_share")], group_rows(results), [3, 1, 1.4, 1.4],
                           caption)


def _free_text(results: SurveyResults) -> list[Block]:
    if not results.free_text:
        return []
    blocks = [Block("heading", 2, _t("free_heading")), Block("paragraph", text=_t("free_intro"))]
    for question, said in results.free_text:
        blocks.append(Block("heading", 3, question.text))
        blocks.append(Block("bullets", items=free_text_items(said)) if said
                      else Block("paragraph", text=_t("free_none")))
    return blocks


def free_text_items(said: tuple[str, ...]) -> tuple[str, ...]:
    """Each answer once, in the order first given; one written by several says how many."""
    counts = Counter(" ".join(answer.split()) for answer in said)
    return tuple(answer if count == 1 else _t("free_repeated", answer=answer, count=count)
                 for answer, count in counts.items())


def report_docx(results: SurveyResults) -> bytes:
    """The report as an A4 Word file in Danish."""
    return write_docx(report_blocks(results), _t("title"), _t("subject"))


class ReportHTML(str):
    """The report as an HTML fragment that a notebook shows as it is."""

    def _repr_html_(self) -> str:
        return str(self)


def report_html(results: SurveyResults, heading_offset: int = 1) -> ReportHTML:
    """The report for a notebook or a page; the title becomes an ``<h2>`` by default."""
    return ReportHTML(blocks_html(report_blocks(results), heading_offset))


def report_files(results: SurveyResults, stem: str = "evalueringsrapport") -> dict[str, bytes]:
    """The report's files by name: Word (``<stem>.docx``), Markdown (``<stem>.md``) and the
    charts the Markdown shows (``<stem>-figur-1.png``, …)."""
    blocks = [replace(b, source=f"{stem}-{b.source}") if b.kind == "image" else b
              for b in report_blocks(results)]
    files = {f"{stem}.docx": write_docx(blocks, _t("title"), _t("subject")),
             f"{stem}.md": blocks_markdown(blocks).encode("utf-8")}
    files.update({b.source: b.image for b in blocks if b.kind == "image"})
    return files


def write_report(results: SurveyResults, folder: str | Path,
                 stem: str = "evalueringsrapport") -> list[Path]:
    """Write :func:`report_files` into *folder* (overwriting); return the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in report_files(results, stem).items():
        (folder / name).write_bytes(content)
        written.append(folder / name)
    return written
