"""German the letters must get right: an authority's name with its article in every case, and
numbers that agree with their nouns.

"die Stadt Landshut / der Stadt Landshut (gen., dat.) / die Stadt Landshut (acc.)",
"der Markt Essenbach / des Marktes / dem Markt / den Markt", "die Große Kreisstadt / der Großen
Kreisstadt". A kreisfreie Stadt is "die Stadt"; "Landeshauptstadt München" keeps its title.
"""

from __future__ import annotations

from dataclasses import dataclass

CASES = ("nom", "gen", "dat", "acc")


@dataclass(frozen=True, slots=True)
class Noun:
    """The title word(s) an official name starts with, in the four cases with their article."""

    nominative: str  # "Markt", as the official name starts
    forms: tuple[str, str, str, str]  # with the article: nominative, genitive, dative, accusative


def _feminine(noun: str) -> Noun:
    return Noun(noun, (f"die {noun}", f"der {noun}", f"der {noun}", f"die {noun}"))


# Longest first: "Große Kreisstadt" before "Stadt" would not matter (names start with the
# title), but "Landeshauptstadt" must not be read as a kind of "Stadt".
NOUNS: tuple[Noun, ...] = (
    Noun("Große Kreisstadt", ("die Große Kreisstadt", "der Großen Kreisstadt",
                              "der Großen Kreisstadt", "die Große Kreisstadt")),
    _feminine("Verwaltungsgemeinschaft"),
    _feminine("Landeshauptstadt"),
    _feminine("Gemeinde"),
    _feminine("Stadt"),
    Noun("Landkreis", ("der Landkreis", "des Landkreises", "dem Landkreis", "den Landkreis")),
    Noun("Markt", ("der Markt", "des Marktes", "dem Markt", "den Markt")),
    Noun("Bezirk", ("der Bezirk", "des Bezirks", "dem Bezirk", "den Bezirk")),
)
_BY_TITLE = {noun.nominative: noun for noun in NOUNS}
# The register's kinds and the title their official names carry.
KIND_TITLES = {
    "Gemeinde": "Gemeinde", "Markt": "Markt", "Stadt": "Stadt",
    "Große Kreisstadt": "Große Kreisstadt", "kreisfreie Stadt": "Stadt",
    "Verwaltungsgemeinschaft": "Verwaltungsgemeinschaft", "Landkreis": "Landkreis",
    "Bezirk": "Bezirk",
}


def authority_cases(official_name: str, kind: str) -> dict[str, str]:
    """The name with its article, by case: {"nom": "der Markt Essenbach", "gen": "des Marktes
    Essenbach", "dat": ..., "acc": ...}.

    The title is read from the start of the official name; a name without one ("Essenbach")
    gets the title of its kind. A kind the register does not know leaves the name as written,
    with no article, rather than guess one."""
    name = " ".join(official_name.split())
    for noun in NOUNS:
        if name == noun.nominative or name.startswith(noun.nominative + " "):
            rest = name[len(noun.nominative):]
            return {case: form + rest for case, form in zip(CASES, noun.forms, strict=True)}
    title = KIND_TITLES.get(kind)
    if title is None:
        return dict.fromkeys(CASES, name)
    noun = _BY_TITLE[title]
    return {case: f"{form} {name}" for case, form in zip(CASES, noun.forms, strict=True)}


def plural(count: int, forms: str) -> str:
    """The form a number takes: `forms` is "one|other" or "zero|one|other"; a '#' in the chosen
    form stands for the number ("fehlt|fehlen", "|1 Verfahren ist offen|# Verfahren sind offen")."""
    choices = forms.split("|")
    if len(choices) == 2:
        chosen = choices[0] if count == 1 else choices[1]
    elif len(choices) == 3:
        chosen = choices[0] if count == 0 else choices[1] if count == 1 else choices[2]
    else:
        raise ValueError("a number's forms are 'one|other' or 'zero|one|other'")
    return chosen.replace("#", str(count))
