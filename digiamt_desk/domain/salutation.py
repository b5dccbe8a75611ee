"""Forms of address of Bavarian offices, for the letters: "Sehr geehrter Herr Landrat Huber,"."""

from __future__ import annotations

# Titles of the heads of the authorities that apply, male and female form.
HEAD_TITLES: tuple[tuple[str, str], ...] = (
    ("Erster Bürgermeister", "Erste Bürgermeisterin"),
    ("Oberbürgermeister", "Oberbürgermeisterin"),
    ("Bürgermeister", "Bürgermeisterin"),
    ("Gemeinschaftsvorsitzender", "Gemeinschaftsvorsitzende"),
    ("Landrat", "Landrätin"),
    ("Bezirkstagspräsident", "Bezirkstagspräsidentin"),
)
_MALE = {male for male, _ in HEAD_TITLES}
_FEMALE = {female for _, female in HEAD_TITLES}


def salutation(head_title: str, head_name: str) -> str:
    """The opening line of a letter to the head of the authority."""
    title = " ".join(head_title.split())
    surname = head_name.split()[-1] if head_name.split() else ""
    if title in _MALE:
        return f"Sehr geehrter Herr {title} {surname}".rstrip() + ","
    if title in _FEMALE:
        return f"Sehr geehrte Frau {title} {surname}".rstrip() + ","
    return "Sehr geehrte Damen und Herren,"


def all_titles() -> list[str]:
    return [title for pair in HEAD_TITLES for title in pair]
