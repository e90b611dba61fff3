"""The web UI's own state: agenda items snoozed until their window opens.

No foreign key to the interview: the command line deletes interviews without
this app's tables being involved, and a snooze of a deleted interview is
simply never matched again.
"""

from __future__ import annotations

from django.db import models

from followup.store.models import User


class Snooze(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    interview_id = models.PositiveBigIntegerField()
    action_id = models.CharField(max_length=100)
    until = models.DateTimeField()

    class Meta:
        constraints = [  # noqa: RUF012 (Django's Meta lists)
            models.UniqueConstraint(
                fields=["user", "interview_id", "action_id"], name="snooze_unique_action"
            )
        ]
        indexes = [models.Index(fields=["user", "until"], name="snooze_user_until")]  # noqa: RUF012


class DraftEdit(models.Model):
    """The candidate's own words for one action's draft, saved as they type.

    What the drafts page shows, sends and exports in place of the generated
    draft, until they go back to it. Kept per action, not per draft text: a
    regenerated draft (a new topic on file) does not throw the edit away.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    interview_id = models.PositiveBigIntegerField()
    action_id = models.CharField(max_length=100)
    subject = models.TextField()
    body = models.TextField()
    saved_at = models.DateTimeField()

    class Meta:
        constraints = [  # noqa: RUF012 (Django's Meta lists)
            models.UniqueConstraint(
                fields=["user", "interview_id", "action_id"], name="draft_edit_unique_action"
            )
        ]
