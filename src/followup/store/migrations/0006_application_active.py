"""Whether each application is active, kept in two columns (issue 14).

The agenda counted active applications with a UNION over every open move_on
action of the store on each page; it now counts over the index
application_user_active (and the actions' index for the old count,
action_user_kind_app, goes). The columns are filled here from the stored actions,
rounds and outcomes, as every later write keeps them (convert.recount_active).
"""

from typing import Any

from django.db import migrations, models

# convert.RECOUNT_SQL as it stood when this was written (a migration keeps its own copy).
BACKFILL = """
UPDATE followup_application SET
    moves_on = (SELECT max(a.not_before) FROM followup_action AS a
                WHERE a.application_id = followup_application.id AND a.kind = 'move_on'),
    next_round = EXISTS (
        SELECT 1 FROM followup_interview AS i
        JOIN followup_outcome AS o ON o.interview_id = i.id
        WHERE i.application_id = followup_application.id AND o.kind = 'next_round'
          AND i.start = (SELECT max(j.start) FROM followup_interview AS j
                         WHERE j.application_id = followup_application.id))
"""


def backfill(apps: Any, schema_editor: Any) -> None:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(BACKFILL)


class Migration(migrations.Migration):
    dependencies = [
        ("followup", "0005_widen_topic_and_action_id"),
    ]

    operations = [
        migrations.AddField(
            model_name="application",
            name="moves_on",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="application",
            name="next_round",
            field=models.BooleanField(db_default=False),
        ),
        migrations.AddIndex(
            model_name="application",
            index=models.Index(
                fields=["user", "next_round", "moves_on"], name="application_user_active"
            ),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        # The agenda no longer counts over the actions: their covering index
        # only slowed every write of an action.
        migrations.RemoveIndex(model_name="action", name="action_user_kind_app"),
    ]
