"""`followup config`: see or change your settings, kept in the store.
Django, the rules and the store are imported inside the commands, so that
`followup --help` loads none of them.
"""

from __future__ import annotations

import click

from followup.cli.options import json_option
from followup.cli.shell import Shell, emit, with_store


# ignore_unknown_options: `config nudge_below -1` reaches the validator
# (and its sentence) instead of being taken for an option.
@click.command("config", context_settings={"ignore_unknown_options": True})
@click.argument("name", required=False)
@click.argument("value", required=False)
@click.option("--unset", is_flag=True, help="Forget the stored value of NAME.")
@json_option
@with_store
def config_command(
    shell: Shell, name: str | None, value: str | None, unset: bool, as_json: bool
) -> None:
    """See or change your settings: `config`, `config NAME`, `config NAME VALUE`.

    Settings are kept in the store. FOLLOWUP_<NAME> in the environment
    overrides the settings that do not shape plans (e.g. FOLLOWUP_TIMEZONE).
    Changing a policy setting recomputes every stored plan.
    """
    from followup import config
    from followup.errors import InputError

    user = shell.user
    from followup.store import services

    if unset:
        if name is None or value is not None:
            raise InputError("--unset", "give exactly one setting name: config --unset NAME")
        services.unset_setting(user, config.find(name).name)
        click.echo(f"{name} is back to its default.")
        return
    if name is not None and value is not None:
        setting = config.find(name)
        parsed = setting.parse(value)
        before = services.settings_of(user)
        try:
            services.set_setting(user, setting.name, parsed)
        except InputError as exc:
            if setting.name == "country" and exc.field == "subdivision":
                raise InputError("country", _stranded(before, str(parsed))) from None
            raise
        # As stored: a province typed by name is kept as its code.
        kept = services.settings_of(user).get(setting.name, parsed)
        shown = "(empty)" if kept is None else kept
        click.echo(f"{setting.name} = {shown}")
        if setting.name == "timezone" and parsed is not None:
            from followup.places import zone_warning

            # "EST" is a real zone, so it is kept; but as the web settings page and
            # the plan say, it is an hour off all summer. On stderr: stdout stays
            # the one line it always was.
            warning = zone_warning(str(parsed))
            if warning:
                click.echo(f"followup: warning: {warning}.", err=True)
        if setting.replans:
            click.echo("Every stored plan was recomputed with it.")
        return
    stored = services.settings_of(user)
    table = config.all_settings()
    chosen = [config.find(name)] if name is not None else list(table.values())
    values = [config.resolve(s, stored) for s in chosen]
    if as_json:
        from followup.porcelain import config_dict

        emit(config_dict(values))
        return
    from followup.cli.printing import print_settings

    print_settings(chosen, values)


def _stranded(stored: dict[str, object], country: str) -> str:
    """Why a new country is refused while a subdivision of the old one is stored,
    and what to do, in one sentence (issue 16's review: it only said "GB has no
    subdivision 'ON'", not whose ON was stored nor how to get out)."""
    from followup import config

    old = config.value_of("country", {k: v for k, v in stored.items() if v is not None})
    subdivision = stored.get("subdivision")
    return (
        f"the stored subdivision {subdivision} belongs to {_country_name(str(old))}, "
        f"not to {_country_name(country)}: clear it first with "
        f"`followup config --unset subdivision`, then set the country, and after it one "
        f"of {country}'s subdivisions if you want one (`followup config subdivision NAME`)"
    )


def _country_name(code: str) -> str:
    """'CA' -> 'Canada (CA)', from the holidays package's own list."""
    from holidays import registry

    for module, (_class_name, found, *_others) in registry.COUNTRIES.items():
        if found == code:
            return f"{module.replace('_', ' ').title()} ({code})"
    return code
