"""Content truth (issue 14): attributions stay where the sources put them.

The checks read the book's files directly (Markdown, notebooks, data, bibliography), so they run
without a build. Each one names the file and the passage that breaks the rule.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml
from pybtex.database import parse_file

ROOT = Path(__file__).resolve().parent.parent
BIB_FILES = [ROOT / "book" / "references.bib", *sorted((ROOT / "book" / "kilder").glob("*.bib"))]
NO_ADDRESS = "Ingen netadresse"


def _notebook_text(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells)


def _read(path: Path) -> str:
    return _notebook_text(path) if path.suffix == ".ipynb" else path.read_text(encoding="utf-8")


def _book_pages() -> list[Path]:
    book = ROOT / "book"
    return sorted(p for p in [*book.rglob("*.md"), *book.rglob("*.ipynb")]
                  if "_build" not in p.parts and ".ipynb_checkpoints" not in p.parts)


def _data_files() -> list[Path]:
    return sorted([*(ROOT / "samskab_lib" / "data").rglob("*.yml"),
                   *(ROOT / "samskab_lib" / "locale").rglob("*.yml"),
                   *(ROOT / "templates" / "eksempler").glob("*.yml"),
                   *(ROOT / "cases").rglob("*.yml"), ROOT / "_toc.yml"])


def _all_text_files() -> list[Path]:
    return [*_book_pages(), *_data_files(), *BIB_FILES]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _sentence(text: str, at: int) -> str:
    """The sentence around position ``at`` (bounded by '. ', a blank line or a table cell)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n\n", 0, at), text.rfind("|", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n\n", at), text.find("|", at)) if i >= 0]
    return " ".join(text[start:min(ends) if ends else len(text)].split())


# --- (a) KLIKOVAND only where seed 001 supports it ---------------------------------------------
# Seed 001 credits KLIKOVAND's guide with exactly one slide: three tables (pre-work for the plan,
# the target-group analysis and the plan for the collaboration). Everything else in that
# presentation is Mille Wilken Bengtsson's own. The partnership itself (facts.md) may be named
# as the background of the Nordfjordby theme. A file not listed here may not name KLIKOVAND.
KLIKOVAND_ALLOWED = {
    "book/trin/undersoeg.md": "guide",
    "book/trin/planlaeg.md": "guide",
    "book/trin/oversigt.md": "guide",
    "book/cases/nordfjordby.md": "partnerskab",
    "book/references.bib": "bibliografi",
}
TOOL_WORDS = re.compile(r"skema|værktøj", re.I)


def test_klikovand_is_credited_only_for_its_guides_tables_and_its_partnership():
    wrong = []
    for path in _all_text_files():
        text, name = _read(path), _rel(path)
        for match in re.finditer(r"KLIKOVAND[\w-]*", text):
            kind = KLIKOVAND_ALLOWED.get(name)
            sentence = _sentence(text, match.start())
            following = text[match.start():match.start() + 40]
            if kind == "bibliografi":
                continue
            if kind == "guide" and following.startswith("KLIKOVANDs guide") \
                    and TOOL_WORDS.search(sentence):
                continue
            if kind == "partnerskab" and re.match(r"KLIKOVAND-samarbejde", following):
                continue
            wrong.append(f"{name}: {sentence}")
    assert not wrong, "KLIKOVAND credited beyond seed 001:\n" + "\n".join(wrong)


# --- (b) Aalborg stays with the step-4 tools -----------------------------------------------------
# Seed 000's step-4 tools column ends with the sustainability fair "(bæredygtighed i Aalborg
# Kommune)": the column lists tools, partly from other municipalities, not Hjørring's practice.
FAIR = re.compile(r"bæredygtighedsmesse|messe om bæredygtighed", re.I)
STEP_FOUR_TOOL_LISTS = ["book/cases/hjoerring.md", "book/trin/implementer.md",
                        "templates/eksempler/trinplan.yml", "cases/hjoerring/case.yml"]


@pytest.mark.parametrize("name", STEP_FOUR_TOOL_LISTS)
def test_the_step_four_tool_lists_still_list_the_fair(name):
    assert FAIR.search(_read(ROOT / name)), f"{name} no longer lists the step-4 tools"


def test_aalborg_is_named_wherever_the_step_four_tools_are_listed():
    missing = []
    for path in _all_text_files():
        text = _read(path)
        for match in FAIR.finditer(text):
            if "Aalborg" not in text[max(match.start() - 250, 0):match.end() + 250]:
                missing.append(f"{_rel(path)}: {_sentence(text, match.start())}")
    assert not missing, "step-4 tools listed without Aalborg:\n" + "\n".join(missing)


def test_hjoerring_case_data_keeps_aalborg_in_the_step_four_tools():
    case = yaml.safe_load((ROOT / "cases" / "hjoerring" / "case.yml").read_text(encoding="utf-8"))
    step_four = next(step for step in case["trin"] if step["nummer"] == 4)
    assert any("Aalborg" in tool for tool in step_four["værktøjer"]["værdi"])


# --- (c) chapter 2 is not sold as Ulrich's typology ------------------------------------------------
ULRICH_TITLE = "Jens Ulrichs typologi"
LINK_TEXT = re.compile(r"\{(?:doc|ref)\}`([^`<]+)")
TITLE_KEYS = re.compile(r"^\s*-?\s*(?:title|chapter_title|name|caption|label):\s*(.+)$", re.M)


def _titles(path: Path) -> list[str]:
    """Headings, link texts, table rows, toc entries and title-like YAML values of a file."""
    text = _read(path)
    titles = [line for line in text.splitlines() if line.lstrip().startswith(("#", "|"))]
    titles += LINK_TEXT.findall(text)
    titles += re.findall(r"```\{(?:exercise|list-table|table)\}[^\n]*", text)
    if path.suffix == ".yml":
        titles += TITLE_KEYS.findall(text)
    return titles


def test_no_heading_title_or_link_calls_chapter_2_jens_ulrichs_typology():
    found = [f"{_rel(p)}: {t.strip()}" for p in [*_book_pages(), *_data_files()]
             for t in _titles(p) if ULRICH_TITLE.lower() in t.lower()]
    assert not found, "\n".join(found)


def test_chapter_2_is_named_as_the_handbooks_own_framework_and_the_catalogue_agrees():
    heading = _read(ROOT / "book" / "grundlag" / "typologi.md").splitlines()[0]
    assert heading.startswith("# ") and "Ulrich" not in heading
    assert "mandat" in heading and "håndbogens" in heading
    exercises = yaml.safe_load((ROOT / "samskab_lib" / "data" / "exercises.yml")
                               .read_text(encoding="utf-8"))
    chapter_two = {e["chapter_title"] for e in exercises if e["chapter"] == 2}
    assert chapter_two == {heading[2:]}


# --- (d) every source cited, every cited source findable -----------------------------------------
CITE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]+)`")


def _bibliography() -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = {}
    for path in BIB_FILES:
        for key, entry in parse_file(str(path), bib_format="bibtex").entries.items():
            assert key not in entries, f"{key} is defined twice"
            entries[key] = {k.lower(): str(v) for k, v in entry.fields.items()}
    return entries


def _cited_keys() -> dict[str, str]:
    """Every cited key with the first file that cites it (pages, then case and data sources)."""
    cited: dict[str, str] = {}
    for path in _book_pages():
        for group in CITE.findall(_read(path)):
            for key in group.split(","):
                cited.setdefault(key.strip(), _rel(path))
    for path in _data_files():
        for key in re.findall(r"^\s*kilde:\s*([a-z0-9-]+)\s*$", _read(path), re.M):
            if key != "eksempeldata":
                cited.setdefault(key, _rel(path))
    return cited


def test_every_source_in_the_bibliography_is_cited_somewhere():
    uncited = sorted(set(_bibliography()) - set(_cited_keys()))
    assert not uncited, f"listed but never cited: {uncited}"


def test_every_cited_key_is_in_the_bibliography():
    unknown = {k: where for k, where in _cited_keys().items() if k not in _bibliography()}
    assert not unknown, f"cited but not in the bibliography: {unknown}"


def test_every_cited_source_has_an_address_or_says_why_it_has_none():
    entries = _bibliography()
    lacking = sorted(key for key in _cited_keys() if key in entries
                     and not entries[key].get("url") and not entries[key].get("doi")
                     and NO_ADDRESS not in entries[key].get("note", ""))
    assert not lacking, f"no url/doi and no '{NO_ADDRESS}: …' reason in note: {lacking}"


PORTAL = "https://planinfo.erhvervsstyrelsen.dk/sites/default/files"
NETWORK_PLANNING_PDF = "media/publikation/netvaerksbaseret_planlaegning.pdf"


def test_the_planning_portal_address_from_seed_004_is_kept():
    url = _bibliography()["netvaerksbaseret2015"]["url"]
    assert unquote(url) == f"{PORTAL}/{NETWORK_PLANNING_PDF}"


# --- (e) the legal frame (issue 25): official texts, dated, and no outdated duties ---------------
# A law is cited from its official text: retsinformation.dk, lovdata.no or EUR-Lex, and the entry
# says when it was read. Unofficial copies (the kind that kept the outdated Plandata duty) are out.
OFFICIAL_LAW_HOSTS = ("www.retsinformation.dk", "retsinformation.dk", "lovdata.no",
                      "eur-lex.europa.eu")
UNOFFICIAL_LAW_HOSTS = ("danskelove.dk", "elov.dk", "lovguiden.dk", "gdpr-text.com")
LAW_TITLE = re.compile(r"^(§|Lov\b|Lov om|Bekendtgørelse af|Forordning|Ændring af)")
READ_ON = re.compile(r"Læst \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|"
                     r"oktober|november|december) \d{4}")


def _host(url: str) -> str:
    return re.sub(r"^https?://([^/]+).*$", r"\1", url)


def _law_entries() -> dict[str, dict[str, str]]:
    return {key: entry for key, entry in _bibliography().items()
            if LAW_TITLE.match(entry.get("title", "").strip("{}"))
            or _host(entry.get("url", "")).removeprefix("www.") in UNOFFICIAL_LAW_HOSTS}


def test_the_laws_the_book_relies_on_are_in_the_bibliography():
    assert {"planloven", "planloven-2023", "miljoevurderingsloven", "styrelsesloven",
            "forvaltningsloven", "offentlighedsloven", "serviceloven", "barnets-lov", "gdpr",
            "pbl", "kommuneloven-no"} <= set(_law_entries())


def test_every_law_is_cited_from_its_official_text_with_the_date_it_was_read():
    wrong = [f"{key}: {entry.get('url', '(no url)')}" for key, entry in _law_entries().items()
             if _host(entry.get("url", "")) not in OFFICIAL_LAW_HOSTS]
    undated = [key for key, entry in _law_entries().items()
               if not READ_ON.search(entry.get("note", ""))]
    assert not wrong, "law cited from an unofficial copy:\n" + "\n".join(wrong)
    assert not undated, f"law entries without 'Læst <date>' in their note: {undated}"


def test_a_consolidated_danish_act_is_named_by_number_and_date():
    on_retsinformation = {key: entry for key, entry in _law_entries().items()
                          if "/eli/lta/" in entry.get("url", "")}
    assert on_retsinformation
    for key, entry in on_retsinformation.items():
        year, number = re.search(r"/eli/lta/(\d{4})/(\d+)", entry["url"]).groups()
        assert re.search(rf"\b(Lovbekendtgørelse|Lov) nr\. {number} af \d{{1,2}}\. \w+ {year}\b",
                         entry.get("howpublished", "")), key


def test_plandata_is_never_named_as_a_duty():
    stated = []
    for path in [*_book_pages(), *_data_files()]:
        text = _read(path)
        for match in re.finditer(r"Plandata", text):
            sentence = _sentence(text, match.start())
            if not re.search(r"ikke længere|frivillig", sentence):
                stated.append(f"{_rel(path)}: {sentence}")
    assert not stated, "Plandata named without saying it is no longer required:\n" + "\n".join(stated)


def test_no_text_says_a_statement_in_a_hearing_does_not_count():
    found = []
    for path in [*_book_pages(), *_data_files()]:
        text = _read(path)
        for match in re.finditer(r"tæller (det|den) ikke|ikke tæller", text):
            found.append(f"{_rel(path)}: {_sentence(text, match.start())}")
    assert not found, "\n".join(found)
    frame = _read(ROOT / "book" / "grundlag" / "rammer.md")
    assert "Alle indsigelser, der kommer inden fristen, indgår" in frame


def test_the_legal_frame_covers_what_a_planner_meets():
    frame = _read(ROOT / "book" / "grundlag" / "rammer.md")
    for must in ("§ 23 a", "§ 23 c", "Lokalplaner har ingen lovbestemt idéfase", "(stk. 4)",
                 "så tidligt som muligt", "forvaltningsloven § 19", "forvaltningsloven § 3",
                 "offentlighedsloven § 7", "serviceloven § 16", "litra f", "databeskyttelsesrådgiver",
                 "§ 4-1", "§ 10-1", "kommuneloven § 5-12", "innsigelse", "§ 11-14"):
        assert must in frame, must
    assert not frame.split("\n## ")[0].count("Planloven bestemmer, hvornår")


def test_the_process_table_says_where_no_duty_exists():
    frame = _read(ROOT / "book" / "grundlag" / "rammer.md")
    rows = {line.split("|")[1].strip(): line.split("|")[2].strip()
            for line in frame.splitlines() if line.startswith("| ") and line.count("|") == 4}
    campaign = next(duty for name, duty in rows.items() if "klimakampagne" in name)
    assert campaign.startswith("Nej")
    assert any("plan" in name for name in rows) and any("socialt tilbud" in name for name in rows)
    assert any("byggeprojekt" in name for name in rows)


# --- (f) attributions as the sources have them (issue 25) -----------------------------------------
# Seed 000's tool column lists tools one can use (partly Aalborg's); it does not say Hjørring used
# them. Cards and examples may name such a tool only as the column's, never as Hjørring's practice.
TOOL_COLUMN_CARDS = {"ambassadoerer", "borgermoede", "raadgivning", "taenke-hoejt-test",
                     "workshop", "onlinespoergeskema"}
AS_PRACTICE = re.compile(r"Hjørring[^.]{0,40}\bbrugte (ambassadører|borgermødet|workshops|"
                         r"tænke-højt|rådgivning)|blandt sine værktøjer|var et af kommunens værktøjer|"
                         r"ambassadører var med til at udføre", re.I)
TOOL_COLUMN_ONLY = re.compile(r"ambassadør|rådgivning én til én|tænke-højt|workshop", re.I)


def test_no_card_or_example_states_a_tool_column_item_as_hjoerrings_practice():
    stated = [f"{_rel(p)}: {_sentence(_read(p), m.start())}"
              for p in [*_book_pages(), *_data_files()] for m in AS_PRACTICE.finditer(_read(p))]
    assert not stated, "\n".join(stated)
    for card in TOOL_COLUMN_CARDS:
        data = yaml.safe_load((ROOT / "samskab_lib" / "data" / "methods" / f"{card}.yml")
                              .read_text(encoding="utf-8"))
        assert "værktøjskolonne" in data["case"]["text"], card
    plan = yaml.safe_load((ROOT / "templates" / "eksempler" / "samarbejdsplan.yml")
                          .read_text(encoding="utf-8"))
    assert not [tool for tool in plan["værktøjer"] if TOOL_COLUMN_ONLY.search(tool)]


def test_the_future_workshop_card_is_jungk_and_muellerts_one_workshop():
    card = yaml.safe_load((ROOT / "samskab_lib" / "data" / "methods" / "fremtidsvaerksted.yml")
                          .read_text(encoding="utf-8"))
    assert "Jungk" in card["summary"] and "Müllert" in card["summary"]
    assert "række værksteder" not in card["summary"]
    assert any("konsulenten går" in pitfall for pitfall in card["pitfalls"])
    assert "{cite:p}`jungk1981`" in _read(ROOT / "book" / "metoder" / "fremtidsvaerksted.md")


def test_the_type_medvirken_is_gone():
    """»Medvirken« reads as complicity in Danish legal language; the type is called »Bidrag«."""
    typology = yaml.safe_load((ROOT / "samskab_lib" / "data" / "typology.yml")
                              .read_text(encoding="utf-8"))
    assert [t["name"] for t in typology["types"]][0] == "Bidrag"
    # Notebooks are left out here: their text is kept by the notebooks' own owner.
    found = [_rel(p) for p in [*_book_pages(), *_data_files()]
             if p.suffix != ".ipynb" and re.search(r"\bMedvirken\b", _read(p))]
    assert not found, found


def test_the_hjoerring_scenario_is_no_key_figure_of_the_real_case():
    case = yaml.safe_load((ROOT / "cases" / "hjoerring" / "case.yml").read_text(encoding="utf-8"))
    assert all(fact.get("kilde") != "eksempeldata" for fact in case["nøgletal"].values())
    assert case["scenarier"]["udfasede_oliefyr_eksempel"]["kilde"] == "eksempeldata"


# --- the legal frame in each edition (issue 31) --------------------------------------------------
# The Norwegian edition leads with Norwegian law, written in bokmål in lang_nb blocks of the page,
# then says how it is in Denmark (the Danish page, translated in locale/nb). A section whose
# content is all one edition's blocks belongs to that edition (book/_ext/samskab_book/edition_sections.py).
FRAME = ROOT / "book" / "grundlag" / "rammer.md"
FRAME_PO = ROOT / "locale" / "nb" / "LC_MESSAGES" / "book" / "grundlag" / "rammer.po"
ONLY = re.compile(r"^:::\{only\} (lang_\w+)\n(.*?)^:::\n", re.S | re.M)
# Words only a Danish text has (translate.md); the Norwegian edition may show them only inside
# <span lang="da">, a citation or an address.
DANISH_WORDS = re.compile(r"\b(borgere|borgerne|kommunalbestyrelsen?|høringssvar|udfyld|hent|"
                          r"jeres|hvad|nogle|sådan|særligt|efter|mellem|spørgsmål|undersøg|"
                          r"gøre|løbet)\b", re.I)


def _edition(markdown: str, language: str) -> str:
    """The page's Markdown as one edition reads it: the other edition's blocks and the sections
    left without content dropped, this edition's blocks unwrapped."""
    kept = ONLY.sub(lambda m: m.group(2) if m.group(1) == f"lang_{language}" else "", markdown)
    sections = re.split(r"(?m)^(?=## )", kept)
    return "".join(s for s in sections if not s.startswith("## ") or s.split("\n", 1)[1].strip())


def _headings(markdown: str) -> list[str]:
    return re.findall(r"(?m)^## (.+)$", markdown)


def _translations() -> dict[str, str]:
    from babel.messages.pofile import read_po

    with FRAME_PO.open(encoding="utf-8") as stream:
        return {m.id: m.string for m in read_po(stream) if m.id}


def _without_danish_quotes(text: str) -> str:
    text = re.sub(r'<span lang="da">.*?</span>', "", text)
    return re.sub(r"\{cite:[pt]\}`[^`]*`|https?://\S+", "", text)


def test_the_norwegian_frame_leads_with_norwegian_law_then_denmark():
    page = _edition(_read(FRAME), "nb")
    translated = [_translations()[heading] for heading in _headings(page)]
    assert translated[:4] == ["Plan- og bygningsloven: medvirkning er en plikt",
                              "Kommuneloven: råd og innbyggerforslag",
                              "Personvern og innsyn: personopplysningsloven og offentleglova",
                              "Slik er det i Danmark"]
    assert "Hvilken regel gjelder for hvilken prosess i Danmark?" in translated[4:]
    assert translated[-2:] == ["Slik kommer dere i gang", "Kilder"]
    norwegian = page.split("\n## Slik er det i Danmark")[0]
    for must in ("plan- og bygningsloven § 5-1", "(§ 4-1)", "(§ 11-14)", "(§ 12-10)", "(§ 5-4)",
                 "(§ 5-12)", "(§ 12-1)", "personopplysningsloven", "personvernombud",
                 "offentleglova § 3", "{ref}`case-jevnaker`"):
        assert must in norwegian, must
    assert "Norge: medvirkning står i plan- og bygningsloven" not in _headings(page)


def test_the_danish_frame_is_unchanged_for_danish_readers():
    page = _edition(_read(FRAME), "da")
    assert _headings(page)[0] == "Hvilken regel gælder for hvilken proces?"
    assert "Norge: medvirkning står i plan- og bygningsloven" in _headings(page)
    assert not {"Slik er det i Danmark", "Plan- og bygningsloven: medvirkning er en plikt"} & set(
        _headings(page))
    assert page.split("\n## ")[0].count("Hvilke regler der gælder, afhænger af") == 1
    assert "personvernombud" not in page and "dere" not in page.split()


def test_the_norwegian_frame_reads_as_norwegian():
    translations = {" ".join(k.split()): v for k, v in _translations().items()}
    markdown = _read(FRAME)
    norwegian = " ".join(" ".join(m.group(2) for m in ONLY.finditer(markdown)
                                  if m.group(1) == "lang_nb").split())
    page = " ".join(_edition(markdown, "nb").split())
    written = [m for m in translations if m in norwegian]
    shown = [m for m in translations if m in page]
    assert len(written) > 40 and len(shown) > len(written) + 60
    found = [translations[m] for m in shown if DANISH_WORDS.search(_without_danish_quotes(
        translations[m]))]
    assert not found, "\n".join(found)
    # The Norwegian part is written in bokmål on the page: its catalogue entries are the same text.
    assert all(translations[m] == m for m in written if len(m) > 20)


GLOSSARY = ROOT / "book" / "ordliste.md"
GLOSSARY_PO = ROOT / "locale" / "nb" / "LC_MESSAGES" / "book" / "ordliste.po"


def _word_pairs() -> dict[str, str]:
    """The glossary's Danish ↔ Norwegian table: Danish word(s) → Norwegian cell."""
    table = _read(GLOSSARY).split("\n## Dansk og norsk")[1]
    rows = [line.strip("|").split(" | ") for line in table.splitlines()
            if line.startswith("| ") and "---" not in line]
    return {_DANISH_CELL.fullmatch(danish.strip()).group(1): norwegian.strip()
            for danish, norwegian in rows[1:]}


# Every Danish cell is marked Danish in the source, so each edition shows it as Danish.
_DANISH_CELL = re.compile(r'<span lang="da">(.+)</span>')


def test_the_glossary_pairs_the_words_and_explains_the_false_friends():
    pairs = _word_pairs()
    for danish, norwegian in (("samskabelse", "samskaping"), ("medvirken", "medvirkning"),
                              ("indsigelse", "merknad"), ("høringssvar", "høringsinnspill"),
                              ("lokalplan", "reguleringsplan"), ("borgermøde", "folkemøte"),
                              ("kommunalbestyrelse, byråd", "kommunestyre"),
                              ("databeskyttelsesrådgiver", "personvernombud")):
        assert norwegian in pairs[danish], danish
    for false_friend, explained in (("indsigelse", "innsigelse"), ("kommunalbestyrelse, byråd",
                                                                   "byråd"),
                                    ("kommunaldirektør", "rådmann")):
        assert "Pas på" in pairs[false_friend] and explained in pairs[false_friend]
    # Each edition marks the other language's words, for screen readers (WCAG 3.1.2): the
    # Norwegian column in the source, the Danish one (_DANISH_CELL) in both.
    assert all(cell.startswith('<span lang="nb">') for cell in pairs.values())
    from babel.messages.pofile import read_po

    with GLOSSARY_PO.open(encoding="utf-8") as stream:
        translations = {m.id: m.string for m in read_po(stream) if m.id}
    for danish in pairs:
        marked = f'<span lang="da">{danish}</span>'
        assert translations[marked] == marked, danish
    assert "Se opp" in translations[pairs["indsigelse"]]
