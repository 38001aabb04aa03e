"""Evaluation charts: alt text that states the figures, palette colours, hatching, Danish labels."""
from __future__ import annotations

import html

from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from samskab_lib.cases.loading import load_case
from samskab_lib.evaluation.charts import (
    co2_chart,
    funnel_chart,
    goal_attainment_chart,
    likert_chart,
    representativeness_chart,
)
from samskab_lib.evaluation.energy import energy_and_co2_saved
from samskab_lib.evaluation.goals import goal_attainment
from samskab_lib.evaluation.reach import funnel, representativeness
from samskab_lib.evaluation.survey import likert_summary
from samskab_lib.palette import OKABE_ITO


def bars(figure):
    axes = figure.figure.axes[0]
    return [p for p in axes.patches if isinstance(p, Rectangle)]


def assert_palette_and_png(figure):
    colours = {to_hex(bar.get_facecolor()).upper() for bar in bars(figure)}
    assert colours and colours <= {c.upper() for c in OKABE_ITO}
    assert figure.png().startswith(b"\x89PNG")
    assert f'alt="{html.escape(figure.alt)}"' in figure._repr_html_()


def test_goal_chart_states_the_figures():
    figure = goal_attainment_chart(goal_attainment(4500, 300, 0.10))
    assert figure.alt == ("Søjlediagram over målopfyldelsen. Udgangspunktet er 4.500, målet er 450 "
                          "(10 % af udgangspunktet), og der er opnået 300. Det er 67 % af målet.")
    assert_palette_and_png(figure)
    assert {bar.get_hatch() for bar in bars(figure)} == {"..", "//", ""}
    assert figure.figure.axes[0].get_title(loc="left") == "Målopfyldelse"


def test_funnel_chart_names_every_stage_and_rate():
    figure = funnel_chart(funnel({"Inviteret": 1200, "Deltog": 300, "Aktive": 90}))
    assert "Inviteret 1.200; Deltog 300 (25 % af trinnet før); Aktive 90 (30 % af trinnet før)" in figure.alt
    assert_palette_and_png(figure)


def test_representativeness_chart_states_shares_and_index():
    figure = representativeness_chart(representativeness({"Ejere": 600, "Lejere": 400},
                                                         {"Ejere": 30, "Lejere": 70}))
    assert "Ejere: 60 % af befolkningen og 30 % af deltagerne" in figure.alt
    assert figure.alt.endswith("Dissimilaritetsindekset er 0,30.")
    assert_palette_and_png(figure)
    assert "//" in {bar.get_hatch() for bar in bars(figure)}  # population bars read in greyscale


def test_likert_chart_has_one_bar_per_question_and_point():
    summary = likert_summary({"Tid nok": [1, 2, 4, 5, 5], "Hørt": [4, 4, 5, 3]})
    figure = likert_chart(summary)
    assert len(bars(figure)) == 2 * 5
    assert "Tid nok: 60 % enige, gennemsnit 3,4 af 5 svar" in figure.alt
    assert "Hørt: 75 % enige, gennemsnit 4,0 af 4 svar" in figure.alt
    assert_palette_and_png(figure)
    legend = [t.get_text() for t in figure.figure.legends[0].get_texts()]
    assert legend == ["Helt uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Helt enig"]


def test_likert_chart_of_the_nordfjordby_survey():
    survey = load_case("nordfjordby").survey
    figure = likert_chart(likert_summary(survey.answers_by_text(), survey.scale))
    assert figure.alt.count("enige, gennemsnit") == 5


def test_co2_chart_states_before_after_and_saving():
    figure = co2_chart(energy_and_co2_saved(450))
    assert figure.alt == ("Søjlediagram for 450 huse. Med oliefyr udleder de 2.420 ton CO2 om "
                          "året; med varmepumpe 396 ton. Besparelsen er 2.030 ton CO2 og "
                          "6.560.000 kWh leveret energi om året.")
    assert_palette_and_png(figure)
