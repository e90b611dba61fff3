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
        services.set_setting(user, setting.name, parsed)
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
