import pytest

from digiamt_desk.domain.salutation import salutation


@pytest.mark.parametrize(("title", "name", "expected"), [
    ("Oberbürgermeister", "Marcus König", "Sehr geehrter Herr Oberbürgermeister König,"),
    ("Erste Bürgermeisterin", "Andrea Vogt", "Sehr geehrte Frau Erste Bürgermeisterin Vogt,"),
    ("Landrat", "Otto Lederer", "Sehr geehrter Herr Landrat Lederer,"),
    ("Bezirkstagspräsidentin", "Eva Maier", "Sehr geehrte Frau Bezirkstagspräsidentin Maier,"),
    ("Landrätin", "", "Sehr geehrte Frau Landrätin,"),
    ("", "Max Mustermann", "Sehr geehrte Damen und Herren,"),
    ("Kämmerer", "Max Mustermann", "Sehr geehrte Damen und Herren,"),
])
def test_salutation(title: str, name: str, expected: str) -> None:
    assert salutation(title, name) == expected
