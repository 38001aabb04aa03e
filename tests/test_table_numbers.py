"""Library tables mark their numbers, so every screen shows them right-aligned and unbroken."""
from samskab_lib.tables import Table, is_number


def test_danish_numbers_with_units_count_as_numbers():
    assert all(is_number(t) for t in ["2.000", "4,5 %", "-12", "1.200 kr.", "5.611", "44 pct."])


def test_words_and_ranges_are_not_numbers():
    assert not any(is_number(t) for t in ["Trin 2", "12 borgere", "1–5", "", "kr."])


def test_number_cells_and_headers_of_number_columns_are_marked():
    html = Table(["Kilde", "kWh pr. år"], [["Oliefyr", 5611], ["Varmepumpe", None]])._repr_html_()
    assert '<th scope="col" class="num">kWh pr. år</th>' in html
    assert '<td class="num">5.611</td>' in html
    assert "<td>Oliefyr</td>" in html


def test_a_short_row_is_shown_not_refused():
    """A learner's row with too few cells still shows (the notebook says what is missing)."""
    from samskab_lib.tables import Table

    html = Table(headers=["Målgruppe", "Antal"], rows=[["Husejere", 40], ["Sejlklubben"]])._repr_html_()
    assert "Sejlklubben" in html and '<th scope="col" class="num">Antal</th>' in html
