"""Hints, duplicate proposals and the maturity estimate: the parts of the checks without
network, and merging duplicates through the review history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from helpers import write_csv

from digiamt_desk.checks.duplicates import Candidate, canonical_url, find_duplicates
from digiamt_desk.checks.hints import find_forms, url_hints
from digiamt_desk.checks.links import LinkResult, LinkStatus
from digiamt_desk.checks.maturity import estimate_maturity
from digiamt_desk.domain.review import Decision, ReviewError
from digiamt_desk.services import applications, checks, review
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store import tables
from digiamt_desk.store.db import make_engine


def _codes(url: str) -> list[str]:
    return [h.code for h in url_hints(url)]


def test_hints_from_the_link() -> None:
    assert _codes("mailto:rathaus@markt.example") == ["mailto"]
    assert _codes("rathaus@markt.example") == ["mailto"]
    assert _codes("https://www.markt.example/formulare/Antrag%20Hund.PDF") == ["pdf"]
    assert _codes("https://www.markt.example/formular.docx?x=1") == ["document"]
    assert _codes("formulare/gewerbe.pdf") == ["pdf"]  # a bare file name
    assert _codes("https://www.buergerservice-portal.de/bayern/markt/gewerbe") == [
        "known_platform"]
    assert _codes("https://www.freistaat.bayern/dokumente/leistung/123456") == ["info_portal"]
    assert _codes("https://ratsinfo.markt.example/bi/si010.asp") == ["info_portal"]
    assert _codes("https://www.markt.example/opendata/haushalt") == ["info_portal"]
    assert _codes("https://www.markt.example/rathaus/gewerbe") == []
    evidence = url_hints("https://www.markt.example/a.pdf")[0].evidence
    assert evidence == "the link points to a PDF file"


def test_form_detection_with_a_real_parser() -> None:
    assert find_forms("<form><input name=a><button>Senden</button></form>").online_form
    assert find_forms("<form><input type=image src=go.png></form>").online_form
    assert not find_forms("<form><button type=button>Weiter</button></form>").online_form
    # A submit control outside the form that names it (HTML5 form attribute).
    assert find_forms("<form id=antrag><input name=a></form>"
                      "<button type=submit form=antrag>Senden</button>").online_form
    # Markup that regular expressions get wrong: a form inside a comment or a script string.
    assert not find_forms("<!-- <form><input type=submit></form> -->").online_form
    assert find_forms("<script>var s = '<form>';</script><p>Text</p>").forms == 0
    # A site search is not a procedure's form.
    assert not find_forms("<form role=search><input name=q><button>Suchen</button></form>"
                          ).online_form
    assert not find_forms("<form action='/suche'><input name=q><input type=submit></form>"
                          ).online_form


def test_maturity_estimate_only_where_evidence_supports_it() -> None:
    assert estimate_maturity(["mailto"], None, reachable=False) == 1
    assert estimate_maturity(["pdf"], None, reachable=True) == 2
    assert estimate_maturity([], True, reachable=True) == 3
    assert estimate_maturity(["known_platform"], None, reachable=True) == 3
    assert estimate_maturity(["no_form"], False, reachable=True) == 1
    assert estimate_maturity([], None, reachable=True) is None  # page not read
    assert estimate_maturity([], None, reachable=False) is None  # broken link


def test_judging_a_redirect_to_a_pdf_and_to_a_platform() -> None:
    to_pdf = LinkResult(1, "https://markt.example/antrag", LinkStatus.OK,
                        final_url="https://markt.example/files/antrag.pdf",
                        content_type="application/pdf")
    hints, level = checks.judge(to_pdf.url, to_pdf)
    assert [h.code for h in hints] == ["pdf"] and level == 2
    to_platform = LinkResult(2, "https://markt.example/gewerbe", LinkStatus.REDIRECT,
                             final_url="https://www.buergerservice-portal.de/bayern/m/g")
    hints, level = checks.judge(to_platform.url, to_platform)
    assert [h.code for h in hints] == ["known_platform"] and level == 3


def test_canonical_addresses() -> None:
    assert canonical_url("http://www.Markt.example/gewerbe/?utm_source=nl&b=2&a=1") == \
        canonical_url("https://markt.example/gewerbe?a=1&b=2#top")
    assert canonical_url("https://markt.example/gewerbe/index.html") == \
        canonical_url("https://markt.example/gewerbe")
    assert canonical_url("https://markt.example/gewerbe") != \
        canonical_url("https://markt.example/gewerbe?id=2")
    assert canonical_url("mailto:a@b.example") == ""


def test_duplicate_proposals() -> None:
    candidates = [
        Candidate(1, "Gewerbe anmelden", "https://markt.example/gewerbe"),
        Candidate(2, "Gewerbeanmeldung online", "http://www.markt.example/gewerbe/?utm_medium=x"),
        Candidate(3, "Hund anmelden", "https://markt.example/hund",
                  final_url="https://portal.example/hund"),
        Candidate(4, "Hundesteuer", "https://portal.example/hund/"),
        Candidate(5, "Bauantrag einreichen", "https://markt.example/bau"),
        Candidate(6, "Bauantrag-Einreichen", "https://markt.example/bauamt"),
        Candidate(7, "Hund abmelden", "https://markt.example/hund-ab"),
        Candidate(8, "Wohngeldantrag stellen", "https://a.example/w"),
        Candidate(9, "Wohngeldanträge stellen", "https://b.example/w"),
    ]
    found = {p.pair: p.reason for p in find_duplicates(candidates)}
    assert found == {(1, 2): "same_address", (3, 4): "same_target", (5, 6): "same_title",
                     (8, 9): "similar_title"}
    # "Hund anmelden" / "Hund abmelden" are different procedures: not proposed.
    assert not any(7 in pair for pair in found)
    assert find_duplicates(candidates, skip_pairs=[(2, 1)])[0].pair == (3, 4)


def _application(desk: Desk, tmp_path: Path) -> tuple[int, dict[str, int]]:
    lines = ["Bezeichnung;Link", "Gewerbe anmelden;https://markt.example/gewerbe",
             "Gewerbe-Anmeldung;http://www.markt.example/gewerbe/?utm_source=x",
             "Hund anmelden;https://markt.example/hund"]
    import_source(desk, str(write_csv(tmp_path / "l.csv", lines)), ars="09180117")
    application = applications.find_application(desk, "09180117")
    assert application.id is not None
    return application.id, {p.title: p.id for p in list_procedures(desk, application.id)}


def test_merge_counts_once_and_is_undone(desk: Desk, tmp_path: Path) -> None:
    app_id, ids = _application(desk, tmp_path)
    [proposal] = checks.duplicate_proposals(desk, app_id)
    assert (proposal.keep_id, proposal.merge_id) == (ids["Gewerbe anmelden"],
                                                     ids["Gewerbe-Anmeldung"])
    review.decide(desk, app_id, None, Decision.ACCEPTED)
    application = applications.find_application(desk, "09180117")
    assert applications.summary(desk, application).counted == 3
    checks.merge_duplicate(desk, app_id, proposal.keep_id, proposal.merge_id)
    summary = applications.summary(desk, application)
    assert (summary.counted, summary.duplicates_merged) == (2, 1)
    merged = next(p for p in list_procedures(desk, app_id) if p.id == proposal.merge_id)
    assert (merged.decision, merged.reason_code) == ("rejected", "duplicate")
    assert checks.duplicate_proposals(desk, app_id) == []
    assert checks.merged_procedures(desk, app_id) == [(proposal.merge_id, proposal.keep_id)]
    # A merged duplicate cannot be accepted again while merged.
    decided = review.decide(desk, app_id, [proposal.merge_id], Decision.ACCEPTED)
    assert decided.refused and "merged into" in decided.refused[0][1]
    [blocker] = decided.blockers[proposal.merge_id]
    assert (blocker.code, blocker.param("procedure")) == ("merged_duplicate",
                                                          str(proposal.keep_id))
    review.undo(desk, app_id)  # Ctrl+Z takes the merge back: accepted again, counted again
    assert applications.summary(desk, application).counted == 3
    assert checks.merged_procedures(desk, app_id) == []


def test_unmerge_restores_the_earlier_decision(desk: Desk, tmp_path: Path) -> None:
    app_id, ids = _application(desk, tmp_path)
    keep, other = ids["Gewerbe anmelden"], ids["Gewerbe-Anmeldung"]
    review.decide(desk, app_id, [other], Decision.ACCEPTED)
    checks.merge_duplicate(desk, app_id, keep, other)
    review.set_note(desk, app_id, keep, "später geändert")  # the merge is no longer on top
    checks.unmerge_duplicate(desk, app_id, other)
    restored = next(p for p in list_procedures(desk, app_id) if p.id == other)
    assert (restored.decision, restored.reason_code) == ("accepted", "")
    assert [line.action for line in review.history(desk, app_id, other)][-1] == "unmerge"
    with pytest.raises(ReviewError) as err:
        checks.unmerge_duplicate(desk, app_id, other)
    assert (err.value.code, err.value.params) == ("not_merged", {"procedure": other})
    with pytest.raises(ReviewError) as err:
        checks.merge_duplicate(desk, app_id, keep, keep)
    assert err.value.code == "merge_self"


def test_dismissed_proposals_stay_away(desk: Desk, tmp_path: Path) -> None:
    app_id, _ids = _application(desk, tmp_path)
    [proposal] = checks.duplicate_proposals(desk, app_id)
    checks.dismiss_duplicate(desk, app_id, proposal.merge_id, proposal.keep_id)
    checks.dismiss_duplicate(desk, app_id, proposal.keep_id, proposal.merge_id)  # twice: once
    assert checks.duplicate_proposals(desk, app_id) == []


def test_a_database_of_0001_keeps_its_decisions(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location",
                           str(Path(tables.__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
    engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO register_entry (ars, key, kind, name, official_name, "
                   "regierungsbezirk, edition, active, former_names, search_text) VALUES "
                   "('091800000000', '09180', 'Landkreis', 'X', 'Landkreis X', 'Oberbayern', "
                   "'e', 1, '', 'x')")
        db.execute("INSERT INTO application (id, ars, name, official_name, kind, reference, "
                   "reviewer, status, received_on, head_title, head_name, address, created_at, "
                   "updated_at) VALUES (1, '091800000000', 'X', 'Landkreis X', 'Landkreis', "
                   "'AZ-1', 'r', 'in_review', '2026-01-01', '', '', '', '2026-01-01', "
                   "'2026-01-01')")
        db.execute("INSERT INTO procedure (id, application_id, title, url, url_key, link_kind, "
                   "provider, leika_keys, ozg_ids, source_rows, duplicate_rows, decision, "
                   "reason_code) VALUES (7, 1, 'Gewerbe', 'https://a.example/g', "
                   "'https://a.example/g', 'http', 'unknown', '', '', '', 0, 'rejected', "
                   "'pdf_form')")
    desk = open_desk(path, reviewer="t", load_register=False)
    try:
        assert desk.backup_before_upgrade is not None
        [procedure] = list_procedures(desk, 1)
        assert (procedure.id, procedure.decision, procedure.reason_code) == (
            7, "rejected", "pdf_form")
        assert checks.merged_procedures(desk, 1) == []
        checks.set_maturity_override(desk, 1, 7, 1)
        assert checks.check_results(desk, 1)[7].maturity_override == 1
    finally:
        desk.close()


def test_reopening_a_merged_duplicate_ends_the_merge(desk: Desk, tmp_path: Path) -> None:
    app_id, ids = _application(desk, tmp_path)
    keep, other = ids["Gewerbe anmelden"], ids["Gewerbe-Anmeldung"]
    checks.merge_duplicate(desk, app_id, keep, other)
    with pytest.raises(ReviewError) as err:
        checks.merge_duplicate(desk, app_id, keep, other)
    assert err.value.code == "already_merged"
    review.decide(desk, app_id, [other], Decision.OPEN)
    assert checks.merged_procedures(desk, app_id) == []
    reopened = next(p for p in list_procedures(desk, app_id) if p.id == other)
    assert (reopened.decision, reopened.reason_code) == ("open", "")
    assert [p.pair for p in checks.duplicate_proposals(desk, app_id)] == [(keep, other)]
