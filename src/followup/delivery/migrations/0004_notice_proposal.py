# The proposals of invitations read from the inbox (issue 15, point 3).
# It depends on 0002 only: 0003_message_covers, written at the same time,
# does too; the merge migration joins them.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("delivery", "0003_message_covers"),
        ("followup", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="notice",
            name="interview",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="followup.interview",
            ),
        ),
        migrations.AddField(
            model_name="notice",
            name="proposal",
            field=models.CharField(
                blank=True,
                choices=[("new", "New"), ("move", "Move"), ("cancel", "Cancel")],
                default="",
                max_length=8,
            ),
        ),
        migrations.AddField(
            model_name="notice",
            name="proposed",
            field=models.JSONField(blank=True, default=dict),
        ),
    ]
