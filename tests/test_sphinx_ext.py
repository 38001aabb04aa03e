from types import SimpleNamespace

from samskab_book import link_repository_if_set


def _config(url: str) -> SimpleNamespace:
    return SimpleNamespace(html_theme_options={
        "repository_url": url,
        "launch_buttons": {"binderhub_url": "https://mybinder.org"},
        "use_repository_button": False,
    })


def test_without_repository_url_every_launch_button_is_dropped():
    config = _config("")
    link_repository_if_set(None, config)
    assert "launch_buttons" not in config.html_theme_options
    assert config.html_theme_options["use_repository_button"] is False


def test_with_repository_url_binder_and_repository_button_appear():
    config = _config("https://example.org/kommune/samskabelse")
    link_repository_if_set(None, config)
    assert config.html_theme_options["launch_buttons"]["binderhub_url"] == "https://mybinder.org"
    assert config.html_theme_options["use_repository_button"] is True
