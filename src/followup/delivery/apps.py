from __future__ import annotations

from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "followup.delivery"
    label = "delivery"
    verbose_name = "Delivery: outbox, replies, calendar feed"
    default_auto_field = "django.db.models.BigAutoField"
