"""Commands of the register of authorities and of the database's settings."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from digiamt_desk.cli.common import (
    AddCommand,
    CliError,
    open_desk_for,
    print_json,
)


def _entry_dict(row: Any) -> dict[str, Any]:
    return dict(row.model_dump(exclude={"search_text"}))


def cmd_register(args: argparse.Namespace) -> int:
    from digiamt_desk.services import register

    desk = open_desk_for(args)
    if args.action == "search":
        rows = register.search(desk, " ".join(args.terms), limit=args.limit)
        if args.json:
            print_json([_entry_dict(r) for r in rows])
        for r in rows if not args.json else []:
            where = ", ".join(x for x in (r.landkreis, r.regierungsbezirk) if x)
            print(f"{r.key:12} {r.official_name:50} {r.kind:24} {where}")
        return 0
    if args.action == "show":
        row = register.lookup(desk, args.terms[0], include_inactive=True)
        if args.json:
            print_json(_entry_dict(row))
        else:
            for name, value in _entry_dict(row).items():
                print(f"{name:18} {value}")
        return 0
    if args.action == "update":
        report = register.replace_register(desk, Path(args.terms[0]))
        if args.json:
            print_json(report.as_dict())
        else:
            print(f"register edition {report.edition}: {len(report.added)} added, "
                  f"{len(report.renamed)} renamed, {len(report.moved)} moved, "
                  f"{len(report.retired)} retired, {report.unchanged} unchanged")
            for ars, old, new in report.renamed:
                print(f"  renamed {ars}: {old} -> {new}")
        return 0
    print(register.ATTRIBUTION)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from digiamt_desk.domain.settings import SettingError, database_options
    from digiamt_desk.services.applications import (
        REFERENCE_PATTERN_KEY,
        validate_reference_pattern,
    )
    from digiamt_desk.services.documents import SETTING_DEFAULTS, save_settings

    desk = open_desk_for(args)
    # The database's settings of the registry (reference pattern, backups kept, four eyes, ...),
    # then the
    # letters' own (declared with the documents).
    declared = {o.key: o for o in database_options()}
    known = {**{key: o.text(o.default) for key, o in declared.items()}, **SETTING_DEFAULTS}
    changes: dict[str, str] = {}
    for pair in args.set or []:
        key, sep, value = pair.partition("=")
        if not sep or key not in known:
            raise CliError(f"--set takes KEY=VALUE with KEY one of {sorted(known)}")
        # Lines (address, contact) are written with a literal \n on the command line.
        changes[key] = value.replace("\\n", "\n")
    if REFERENCE_PATTERN_KEY in changes:
        validate_reference_pattern(changes[REFERENCE_PATTERN_KEY])
    typed: dict[str, str] = {}
    for key in declared.keys() & changes.keys():
        try:
            typed[key] = declared[key].text(declared[key].parse(changes.pop(key)))
        except SettingError as exc:
            raise CliError(str(exc)) from exc
    save_settings(desk, changes)
    for key, value in typed.items():
        desk.set_setting(key, value)
    for key, default in known.items():
        value = desk.setting(key, default).replace("\n", "\\n")
        print(f"{key} = {value}")
    return 0


def register(add: AddCommand) -> None:
    reg = add("register", cmd_register, "search, show or update the register of authorities")
    reg.add_argument("action", choices=["search", "show", "update", "info"])
    reg.add_argument("terms", nargs="*", help="search words, a key, or a GV100AD file")
    reg.add_argument("--limit", type=int, default=30)
    settings = add("settings", cmd_settings, "show or change settings of this database",
                   json_flag=False)
    settings.add_argument("--set", action="append", metavar="KEY=VALUE",
                          help="change a setting; write a line break as \\n")
