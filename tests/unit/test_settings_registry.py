"""The settings registry: one declaration per setting, typed and validated."""

from __future__ import annotations

import pytest

from digiamt_desk.domain.settings import REGISTRY, Scope, SettingError, option, user_options


def test_values_are_typed_and_checked() -> None:
    assert option("user/reopen_last").parse("no") is False
    assert option("backups_kept_daily").parse("30") == 30
    with pytest.raises(SettingError) as err:
        option("backups_kept_daily").parse("0")
    assert (err.value.code, err.value.params["minimum"]) == ("out_of_range", 1)
    with pytest.raises(SettingError) as err:
        option("user/language").parse("fr")
    assert err.value.code == "not_a_choice"


def test_a_broken_stored_value_reads_as_the_default() -> None:
    assert option("user/language").read("klingonisch") == "de"
    assert option("backups_kept_manual").read(None) == 20


def test_unknown_keys_are_refused_with_a_code() -> None:
    with pytest.raises(SettingError) as err:
        option("ui/language")  # the key the language was once read under
    assert err.value.code == "unknown_setting"


def test_the_user_settings_are_the_registrys_user_options() -> None:
    from dataclasses import fields

    from digiamt_desk.ui.settings import UserSettings

    assert {UserSettings.key(f.name) for f in fields(UserSettings)} == {
        o.key for o in user_options()}
    assert all(REGISTRY[o.key].scope is Scope.USER for o in user_options())


def test_the_registry_defaults_are_the_ones_in_force() -> None:
    from digiamt_desk.services.applications import DEFAULT_REFERENCE_PATTERN
    from digiamt_desk.store.backups import DEFAULT_RETENTION, RETENTION_SETTINGS

    assert option("reference_pattern").default == DEFAULT_REFERENCE_PATTERN
    for key, kind in RETENTION_SETTINGS.items():
        assert option(key).default == DEFAULT_RETENTION.bound(kind)
