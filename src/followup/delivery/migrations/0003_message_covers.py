from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("delivery", "0002_message_bounced"),
    ]

    operations = [
        migrations.AddField(
            model_name="message",
            name="covers",
            field=models.JSONField(blank=True, default=list),
        ),
    ]
