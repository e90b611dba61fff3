from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "followup.web"
    label = "web"
    verbose_name = "Web UI"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from followup.web.redact import install_log_redaction

        install_log_redaction()
