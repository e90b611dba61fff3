# The single-column index of Action.user goes: (user, due), (user, not_before)
# and (user, expires) begin with the same column, and PostgreSQL's planner
# chose the single one over (user, due) for the coach's board. Dropped by name
# (Django names it the same on SQLite and PostgreSQL), so SQLite does not copy
# the whole table as its AlterField would.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

INDEX = "followup_action_user_id_94491433"


class Migration(migrations.Migration):

    dependencies = [
        ('followup', '0006_application_active'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='action',
                    name='user',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f'DROP INDEX IF EXISTS "{INDEX}"',
                    reverse_sql=f'CREATE INDEX "{INDEX}" ON "followup_action" ("user_id")',
                ),
            ],
        ),
    ]
