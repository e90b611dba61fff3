# The morning digest is off until asked for (issue 16's review: setting up SMTP
# mailed one unasked). An account with no SMTP server yet has never been sent
# one, and its "on" was the old default, not a choice: it is turned off. One
# already sending keeps its setting (`followup mail digest --off` stops it).

from django.db import migrations, models


def off_where_never_sent(apps, schema_editor):  # type: ignore[no-untyped-def]
    Account = apps.get_model("delivery", "Account")
    Account.objects.filter(smtp_host="").update(digest=False)


class Migration(migrations.Migration):
    dependencies = [
        ("delivery", "0004_notice_proposal"),
    ]

    operations = [
        migrations.AlterField(
            model_name="account",
            name="digest",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(off_where_never_sent, migrations.RunPython.noop),
    ]
