from samskab_lib import load_steps, steps_overview, steps_table


def test_five_steps_in_hjoerring_order():
    names = [step.name for step in load_steps()]
    assert names == ["Afklar", "Undersøg", "Planlæg", "Implementér", "Evaluér og følg op"]
    assert [step.number for step in load_steps()] == [1, 2, 3, 4, 5]


def test_steps_table_has_headers_and_one_row_per_step():
    table = steps_table()
    html = table._repr_html_()
    assert html.count('<th scope="col"') == 3
    assert html.count("<tr>") == 6
    assert "| 3 | Planlæg |" in table.to_markdown()


def test_steps_figure_carries_alt_text_into_html():
    figure = steps_overview()
    assert "Afklar" in figure.alt and "Evaluér" in figure.alt
    assert f'alt="{figure.alt}"' in figure._repr_html_()
    assert figure.png().startswith(b"\x89PNG")


def test_narrow_steps_figure_stacks_the_steps_for_a_phone():
    from samskab_lib.handbook.steps_figure import steps_overview_narrow

    figure = steps_overview_narrow()
    width, height = figure.figure.get_size_inches()
    assert height > 1.5 * width  # one step under the other
    assert figure.alt == steps_overview().alt
