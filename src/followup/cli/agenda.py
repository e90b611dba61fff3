"""`followup agenda`: its text and JSON live in `followup.agenda.text`, outside this
package, so the entry point can run the daily agenda without importing click."""

from __future__ import annotations

from followup.agenda.text import action_label, record_hint, render, show

__all__ = ["action_label", "record_hint", "render", "show"]
