from __future__ import annotations

from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "followup.store"
    # Tables are named followup_interview, followup_action...
    label = "followup"
    verbose_name = "Interview follow-up"
    default_auto_field = "django.db.models.BigAutoField"
