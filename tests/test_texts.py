import pytest

from samskab_lib import set_language, text


def test_text_looks_up_danish_label():
    assert text("steps.heading_step") == "Trin"


def test_unknown_language_is_refused_with_its_code():
    with pytest.raises(ValueError, match="'xx'"):
        set_language("xx")
