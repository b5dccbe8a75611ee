import pytest

from digiamt_desk.domain.links import LinkKind, complete_scheme, link_kind, normalize_link


@pytest.mark.parametrize("variant", [
    "https://www.Stadt.de/antrag",
    "HTTPS://WWW.STADT.DE/antrag/",
    "https://www.stadt.de:443/antrag",
    "https://www.stadt.de/antrag#formular",
    "  https://www.stadt.de/antrag/#top ",
])
def test_variants_of_one_link_share_a_key(variant: str) -> None:
    assert normalize_link(variant) == "https://www.stadt.de/antrag"


def test_what_stays_different() -> None:
    base = normalize_link("https://www.stadt.de/antrag")
    assert normalize_link("http://www.stadt.de/antrag") != base  # the link check decides
    assert normalize_link("https://www.stadt.de/Antrag") != base  # paths are case-sensitive
    assert normalize_link("https://www.stadt.de/antrag?id=2") != base
    assert normalize_link("https://www.stadt.de:8443/antrag") == "https://www.stadt.de:8443/antrag"


@pytest.mark.parametrize(("text", "kind"), [
    ("https://x.de/a", LinkKind.HTTP),
    ("http://x.de", LinkKind.HTTP),
    ("mailto:amt@x.de", LinkKind.MAILTO),
    ("amt@stadt.de", LinkKind.MAILTO),
    ("antrag.pdf", LinkKind.FILE),
    (r"S:\Formulare\antrag.docx", LinkKind.FILE),
    ("file:///C:/antrag.pdf", LinkKind.FILE),
    ("ftp://x.de/a", LinkKind.OTHER),
    ("siehe Rathaus", LinkKind.OTHER),
])
def test_link_kinds(text: str, kind: LinkKind) -> None:
    assert link_kind(text) is kind


def test_scheme_completed_only_for_hosts() -> None:
    assert complete_scheme("www.stadt.de/antrag") == "https://www.stadt.de/antrag"
    assert complete_scheme("stadt.de") == "https://stadt.de"
    assert complete_scheme("antrag.pdf") is None
    assert complete_scheme("https://stadt.de") is None
    assert complete_scheme("amt@stadt.de") is None


@pytest.mark.parametrize("url", [
    "https://a.de/x", "https://a.de", "http://A.de/x", "https://a.de/x/", "https://a.de:443/x",
    "https://a.de/x#f", "https://a.de/x?q=1#", "https://a.de?x", "https://user@a.de/x",
    "https://a.de./x", "https://a.de/x?next=/", "http://127.0.0.1:80/x",
])
def test_the_shortcut_agrees_with_full_parsing(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.domain.links as links

    quick = normalize_link(url)
    monkeypatch.setattr(links, "_already_normal", lambda _text: False)
    assert normalize_link(url) == quick
