"""Duplicates beyond exact links: the same procedure under different addresses or titles.

The import already merges rows whose links are equal after light normalising (domain/links.py).
Here the net is wider, and the result is a *proposal* the reviewer confirms:

- the same address after stronger normalising: http and https, a leading www., tracking
  parameters (utm_*, fbclid, ...), the order of query parameters, a trailing slash or index page;
- the same target: where the link check ended (the final URL after redirects);
- near-identical titles: case, umlauts, hyphens and word order do not matter, and titles whose
  characters agree to `TITLE_THRESHOLD` (difflib) are proposed as well.

Comparing every title with every other is quadratic: beyond `PAIRWISE_LIMIT` procedures only
equal normalised titles are proposed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from digiamt_desk.domain.links import LinkKind, link_kind

TITLE_THRESHOLD = 0.95
PAIRWISE_LIMIT = 3000
_TRACKING = ("utm_", "wt_", "pk_", "mtm_")
_TRACKING_NAMES = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga",
                             "_gl", "yclid", "igshid", "ref", "source"})
_INDEX_PAGES = ("index.html", "index.htm", "index.php", "index.jsp", "default.aspx")

# Proposal reasons (stable codes).
SAME_ADDRESS = "same_address"
SAME_TARGET = "same_target"
SAME_TITLE = "same_title"
SIMILAR_TITLE = "similar_title"
REASONS = (SAME_ADDRESS, SAME_TARGET, SAME_TITLE, SIMILAR_TITLE)


def canonical_url(url: str) -> str:
    """An address reduced to what names the page: no scheme, no www., no tracking, sorted
    query, no trailing slash or index page, no fragment. "" for what is no web address."""
    text = url.strip()
    if link_kind(text) is not LinkKind.HTTP:
        return ""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return ""
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    if port not in (None, 80, 443):
        host = f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path)
    lowered = path.lower()
    for page in _INDEX_PAGES:
        if lowered.endswith("/" + page):
            path = path[: -len(page)]
            break
    path = path.rstrip("/")
    query = sorted((name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True)
                   if not name.lower().startswith(_TRACKING)
                   and name.lower() not in _TRACKING_NAMES)
    return urlunsplit(("", host, path, urlencode(query), "")).removeprefix("//")


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalized_title(title: str) -> str:
    """Case, umlaut spelling, accents, punctuation and word order removed."""
    text = title.casefold().translate(_UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", text)
    return " ".join(sorted(words))


def _compact(normalized: str) -> str:
    """Without spaces, so "Gewerbe-Anmeldung" and "Gewerbeanmeldung" meet."""
    return "".join(sorted(normalized.split())) if normalized else ""


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    title: str
    url: str
    final_url: str = ""  # where the link check ended, "" if not checked


@dataclass(frozen=True, slots=True)
class Proposal:
    keep_id: int  # the procedure that stays (the earlier one)
    merge_id: int  # the one proposed to be merged into it
    reason: str
    evidence: str  # English, for the command line and the log
    similarity: float = 1.0

    @property
    def pair(self) -> tuple[int, int]:
        return (min(self.keep_id, self.merge_id), max(self.keep_id, self.merge_id))

    def as_dict(self) -> dict[str, object]:
        return {"keep": self.keep_id, "merge": self.merge_id, "reason": self.reason,
                "evidence": self.evidence, "similarity": round(self.similarity, 3)}


def _group_pairs(groups: Iterable[list[Candidate]]) -> Iterable[tuple[Candidate, Candidate]]:
    for members in groups:
        if len(members) > 1:
            first = min(members, key=lambda c: c.id)
            for other in sorted(members, key=lambda c: c.id):
                if other.id != first.id:
                    yield first, other


def find_duplicates(candidates: Sequence[Candidate],
                    skip_pairs: Iterable[tuple[int, int]] = (),
                    threshold: float = TITLE_THRESHOLD) -> list[Proposal]:
    """Proposals, one per pair, strongest reason first; `skip_pairs` (dismissed or already
    merged, as (smaller id, larger id)) are left out."""
    found: dict[tuple[int, int], Proposal] = {}
    skipped = {(min(a, b), max(a, b)) for a, b in skip_pairs}

    def propose(keep: Candidate, other: Candidate, reason: str, evidence: str,
                similarity: float = 1.0) -> None:
        pair = (min(keep.id, other.id), max(keep.id, other.id))
        if pair in skipped or pair in found or keep.id == other.id:
            return
        found[pair] = Proposal(keep.id, other.id, reason, evidence, similarity)

    by_address: dict[str, list[Candidate]] = {}
    for c in candidates:
        key = canonical_url(c.url)
        if key:
            by_address.setdefault(key, []).append(c)
    for keep, other in _group_pairs(by_address.values()):
        propose(keep, other, SAME_ADDRESS,
                f"the links differ only in scheme, www., tracking or form: {keep.url} and "
                f"{other.url}")

    by_target: dict[str, list[Candidate]] = {}
    for c in candidates:
        key = canonical_url(c.final_url) if c.final_url else ""
        key = key or canonical_url(c.url)
        if key:
            by_target.setdefault(key, []).append(c)
    for keep, other in _group_pairs(by_target.values()):
        target = other.final_url or keep.final_url
        propose(keep, other, SAME_TARGET, f"both links lead to {target}")

    normalized = {c.id: normalized_title(c.title) for c in candidates}
    by_title: dict[str, list[Candidate]] = {}
    for c in candidates:
        key = _compact(normalized[c.id])
        if key:
            by_title.setdefault(key, []).append(c)
    for keep, other in _group_pairs(by_title.values()):
        propose(keep, other, SAME_TITLE,
                f"the titles are the same apart from case, spelling and word order: "
                f"\u201c{keep.title}\u201d and \u201c{other.title}\u201d")

    if len(candidates) <= PAIRWISE_LIMIT and threshold < 1.0:
        _similar_titles(candidates, normalized, threshold, propose)
    return sorted(found.values(), key=lambda p: (REASONS.index(p.reason), p.pair))


_Propose = Callable[[Candidate, Candidate, str, str, float], None]


def _similar_titles(candidates: Sequence[Candidate], normalized: dict[int, str],
                    threshold: float, propose: _Propose) -> None:
    ordered = sorted((c for c in candidates if normalized[c.id]), key=lambda c: c.id)
    texts = [_compact(normalized[c.id]) for c in ordered]
    matcher = SequenceMatcher(autojunk=False)
    for i, first in enumerate(ordered):
        matcher.set_seq2(texts[i])
        length = len(texts[i])
        for j in range(i + 1, len(ordered)):
            other_text = texts[j]
            if other_text == texts[i]:
                continue  # proposed as the same title already
            # Lengths alone bound the ratio: skip pairs that cannot reach the threshold.
            if 2 * min(length, len(other_text)) / (length + len(other_text)) < threshold:
                continue
            matcher.set_seq1(other_text)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            ratio = matcher.ratio()
            if ratio >= threshold:
                other = ordered[j]
                propose(first, other, SIMILAR_TITLE,
                        f"nearly the same title ({ratio:.0%}): \u201c{first.title}\u201d and "
                        f"\u201c{other.title}\u201d", ratio)


__all__ = ["PAIRWISE_LIMIT", "REASONS", "SAME_ADDRESS", "SAME_TARGET", "SAME_TITLE",
           "SIMILAR_TITLE", "TITLE_THRESHOLD", "Candidate", "Proposal", "canonical_url",
           "find_duplicates", "normalized_title"]
