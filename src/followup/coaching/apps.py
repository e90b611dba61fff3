from __future__ import annotations

from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "followup.coaching"
    label = "coaching"
    verbose_name = "Coaching: accounts, consent, the coach's board, the audit log"
    default_auto_field = "django.db.models.BigAutoField"
