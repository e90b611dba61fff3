"""`followup confirm NOTICE` and `followup decline NOTICE`: answer an invitation's proposal.

The inbox proposes (`followup agenda` and `followup outbox` list the notices,
each proposal with these two commands), the candidate answers, as the web
agenda's buttons do (`followup.delivery.proposals`):

- a new invitation: `confirm` asks at the prompts of `followup add FILE`
  (company, role, zone, people), then stores it; `decline`: not an interview;
- a move: `confirm` applies the new start, end and place, and the plan
  follows; `decline` keeps the old time;
- a cancellation: `confirm` marks the interview called off; `decline` keeps it.

Either way the notice is put away. `--json` prints
`{"answer", "interview", "notice", "proposal", "text"}` (docs/delivery.md).
"""

from __future__ import annotations

import click

from followup.cli.options import json_option
from followup.cli.shell import Shell, emit


def _answer(number: int, as_json: bool, confirming: bool) -> None:
    from followup.cli.shell import now
    from followup.delivery.boot import setup
    from followup.delivery.proposals import confirm, decline, invitation_bytes, waiting

    user = setup()
    if confirming:
        notice = waiting(user, number)
        if notice.proposal == "new":
            from followup.cli.invite import add_invitation

            invitation_bytes(notice)  # still there, or a clear refusal
            shell = Shell()
            shell._user = user
            add_invitation(shell, str(notice.proposed["file"]), as_json)
            return
        answered = confirm(user, number, now())
    else:
        answered = decline(user, number)
    if as_json:
        emit(answered.as_dict())
    else:
        click.echo(answered.text)


@click.command("confirm")
@click.argument("number", metavar="NOTICE", type=click.IntRange(min=1))
@json_option
def confirm_command(number: int, as_json: bool) -> None:
    """Do what an invitation's notice proposes: add it, move it, or mark it called off.

    A new invitation is added through the prompts of `followup add FILE`
    (then `--json` prints `{"id": N}`, as `followup add` does). A move
    applies the new start, end and place and replans; a cancellation records
    the outcome called_off. The notice is put away.
    """
    _answer(number, as_json, confirming=True)


@click.command("decline")
@click.argument("number", metavar="NOTICE", type=click.IntRange(min=1))
@json_option
def decline_command(number: int, as_json: bool) -> None:
    """Say no to an invitation's notice: not an interview, keep the old time, or keep it on."""
    _answer(number, as_json, confirming=False)
