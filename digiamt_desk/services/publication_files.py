"""What the public list is made of, apart from how it is built (services/publish.py) and how its
pages look (services/publish_html.py): the names of its files and its error."""

from __future__ import annotations

from digiamt_desk.domain.importing import InputError

CSV_NAME = "auszeichnungen.csv"
JSON_NAME = "auszeichnungen.json"


class PublishError(InputError):
    """The list cannot be written: a bad template, an unwritable folder, a bad link."""
