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
    from digiamt_desk.services.applications import (
        DEFAULT_REFERENCE_PATTERN,
        REFERENCE_PATTERN_KEY,
        validate_reference_pattern,
    )
    from digiamt_desk.services.checks import ALLOW_PRIVATE_NETWORKS_KEY
    from digiamt_desk.services.documents import SETTING_DEFAULTS, save_settings
    from digiamt_desk.store.backups import DEFAULT_RETENTION, RETENTION_SETTINGS

    desk = open_desk_for(args)
    # How many backups of each kind are kept (daily, before migrations and updates, by hand).
    backup_bounds = {key: str(DEFAULT_RETENTION.bound(kind))
                     for key, kind in RETENTION_SETTINGS.items()}
    from digiamt_desk.services.approval import FOUR_EYES_SETTING
    from digiamt_desk.services.imports import DOWNLOAD_SECONDS_KEY

    known = {REFERENCE_PATTERN_KEY: DEFAULT_REFERENCE_PATTERN, **SETTING_DEFAULTS,
             **backup_bounds, DOWNLOAD_SECONDS_KEY: "20", ALLOW_PRIVATE_NETWORKS_KEY: "no",
             FOUR_EYES_SETTING: "off"}
    changes: dict[str, str] = {}
    for pair in args.set or []:
        key, sep, value = pair.partition("=")
        if not sep or key not in known:
            raise CliError(f"--set takes KEY=VALUE with KEY one of {sorted(known)}")
        # Lines (address, contact) are written with a literal \n on the command line.
        changes[key] = value.replace("\\n", "\n")
    if REFERENCE_PATTERN_KEY in changes:
        validate_reference_pattern(changes[REFERENCE_PATTERN_KEY])
    if FOUR_EYES_SETTING in changes:  # a second person approves final decisions (issue 13)
        if changes[FOUR_EYES_SETTING] not in ("on", "off"):
            raise CliError(f"{FOUR_EYES_SETTING} takes 'on' or 'off', not "
                           f"'{changes[FOUR_EYES_SETTING]}'")
        desk.set_setting(FOUR_EYES_SETTING, changes.pop(FOUR_EYES_SETTING))
    for key in backup_bounds.keys() & changes.keys():
        if not changes[key].isdigit() or int(changes[key]) < 1:
            raise CliError(f"{key} takes a number of copies (1 or more), not '{changes[key]}'")
        desk.set_setting(key, changes.pop(key))
    if DOWNLOAD_SECONDS_KEY in changes:  # the deadline of a URL import (issue 14)
        seconds = changes.pop(DOWNLOAD_SECONDS_KEY)
        if not seconds.isdigit() or not 1 <= int(seconds) <= 600:
            raise CliError(f"{DOWNLOAD_SECONDS_KEY} takes seconds from 1 to 600, not '{seconds}'")
        desk.set_setting(DOWNLOAD_SECONDS_KEY, seconds)
    if ALLOW_PRIVATE_NETWORKS_KEY in changes:
        if changes[ALLOW_PRIVATE_NETWORKS_KEY] not in ("yes", "no"):
            raise CliError(f"{ALLOW_PRIVATE_NETWORKS_KEY} takes 'yes' or 'no', not "
                           f"'{changes[ALLOW_PRIVATE_NETWORKS_KEY]}'")
        desk.set_setting(ALLOW_PRIVATE_NETWORKS_KEY, changes.pop(ALLOW_PRIVATE_NETWORKS_KEY))
    save_settings(desk, {k: v for k, v in changes.items() if k != REFERENCE_PATTERN_KEY})
    if REFERENCE_PATTERN_KEY in changes:
        desk.set_setting(REFERENCE_PATTERN_KEY, changes[REFERENCE_PATTERN_KEY])
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
