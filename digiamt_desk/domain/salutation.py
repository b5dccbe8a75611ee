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


# "Herrn Ersten Bürgermeister": the title after "Herrn" is declined (weak adjective and noun).
_MALE_ADDRESSEE = {
    "Erster Bürgermeister": "Ersten Bürgermeister",
    "Gemeinschaftsvorsitzender": "Gemeinschaftsvorsitzenden",
    "Bezirkstagspräsident": "Bezirkstagspräsidenten",
}


def addressee(head_title: str, head_name: str) -> list[str]:
    """The lines naming the head of the authority in the address: ["Herrn Landrat", "Otto Lederer"].

    Empty when the title is not one of the known ones (the letter then goes to the authority)."""
    title = " ".join(head_title.split())
    name = " ".join(head_name.split())
    if title in _MALE:
        lines = [f"Herrn {_MALE_ADDRESSEE.get(title, title)}"]
    elif title in _FEMALE:
        lines = [f"Frau {title}"]
    else:
        return [name] if name else []
    return [*lines, name] if name else lines
