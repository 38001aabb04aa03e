import pytest

from samskab_lib import set_language, text


def test_text_looks_up_danish_label():
    assert text("steps.heading_step") == "Trin"


def test_unknown_language_is_refused_with_its_code():
    with pytest.raises(ValueError, match="'xx'"):
        set_language("xx")


def test_library_texts_quote_the_danish_way():
    """Quotes open with » and close with « (»Ret her«), never the other way round."""
    import re

    from samskab_lib.resources import LOCALE_DIR

    wrong = [(path.name, match.group(0)) for path in sorted((LOCALE_DIR / "da").glob("*.yml"))
             for match in re.finditer(r"(?:^|[\s(\"'])«[\w{]", path.read_text(encoding="utf-8"), re.M)]
    assert wrong == []


@pytest.mark.parametrize("language", ["da", "nb"])
def test_names_and_values_in_messages_are_in_the_languages_quotes(language: str):
    """»feltet »purpose« mangler« (nb: «purpose»), not 'purpose': straight quotes stay only where
    a message shows what to type (a Python dict, a quoted YAML value)."""
    import re

    from samskab_lib.resources import LOCALE_DIR

    typed = {"not_a_dict", "number_as_text"}
    straight = [(path.name, line.split(":")[0].strip())
                for path in sorted((LOCALE_DIR / language).glob("*.yml"))
                for line in path.read_text(encoding="utf-8").splitlines()
                if re.search(r"'(\{\w+\}|[\wæøå-]+)'", line) and not line.lstrip().startswith("#")
                and line.split(":")[0].strip() not in typed]
    assert straight == []
