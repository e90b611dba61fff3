"""Writes the reference invitations in this folder, in the shapes of real generators.

    .venv/bin/python tests/inbox/invites/make.py

Made with icalendar (the library we read them with only parses); each file
copies what its generator is known to put in: Google's X-GOOGLE-CONFERENCE
and resource rooms, Exchange's Windows zone names with their VTIMEZONE,
Teams' meeting-URL property, Zoom's UTC times, Apple's relay addresses with
the real one in EMAIL. Rerun after changing this script; the files are committed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress

HERE = Path(__file__).resolve().parent
STAMP = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


def calendar(prodid: str, method: str | None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", prodid)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    return cal


def person(address: str, name: str | None = None, **params: str) -> vCalAddress:
    value = vCalAddress(f"mailto:{address}")
    if name is not None:
        value.params["CN"] = name
    for key, item in params.items():
        value.params[key.replace("_", "-").upper()] = item
    return value


def windows_zone(tzid: str, standard: int, daylight: int, std_rule: str, dst_rule: str) -> Timezone:
    """A VTIMEZONE as Exchange writes it: 1601 anchors, yearly rules."""
    zone = Timezone()
    zone.add("tzid", tzid)
    std = TimezoneStandard()
    std.add("dtstart", datetime(1601, 1, 1, 2, 0))
    std.add("tzoffsetfrom", timedelta(hours=daylight))
    std.add("tzoffsetto", timedelta(hours=standard))
    std.add("rrule", dict(part.split("=") for part in std_rule.split(";")))
    dst = TimezoneDaylight()
    dst.add("dtstart", datetime(1601, 1, 1, 2, 0))
    dst.add("tzoffsetfrom", timedelta(hours=standard))
    dst.add("tzoffsetto", timedelta(hours=daylight))
    dst.add("rrule", dict(part.split("=") for part in dst_rule.split(";")))
    zone.add_component(std)
    zone.add_component(dst)
    return zone


def write(name: str, cal: Calendar) -> None:
    (HERE / name).write_bytes(cal.to_ical())


def google() -> None:
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST")
    event = Event()
    event.add("dtstart", datetime(2026, 11, 24, 15, 0, tzinfo=UTC))
    event.add("dtend", datetime(2026, 11, 24, 16, 0, tzinfo=UTC))
    event.add("dtstamp", STAMP)
    event.add("organizer", person("priya@northwind.example", "Priya Raman"))
    event.add("uid", "4f1c0a9d2b8e@google.com")
    event.add("attendee", person("priya@northwind.example", "Priya Raman", role="REQ-PARTICIPANT"))
    event.add("attendee", person("sam@candidate.example", "sam@candidate.example"))
    event.add("attendee", person("marcus@northwind.example", "Marcus Bell"))
    event.add(
        "attendee",
        person("c_188a@resource.calendar.google.com", "Boardroom (8)", cutype="RESOURCE"),
    )
    event.add("x-google-conference", "https://meet.google.com/abc-defg-hij")
    event.add(
        "description",
        "Join with Google Meet: https://meet.google.com/abc-defg-hij\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720",
    )
    event.add("location", "Northwind HQ, 1 Harbour St")
    event.add("sequence", 0)
    event.add("status", "CONFIRMED")
    event.add("summary", "Interview: Sam Lee / Senior Data Analyst")
    cal.add_component(event)
    write("google.ics", cal)


def exchange(name: str, tzid: str, zone: Timezone | None, summary: str, uid: str) -> None:
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST")
    if zone is not None:
        cal.add_component(zone)
    event = Event()
    event.add("organizer", person("jonas@nordwind.example", "Jonas Weber"))
    event.add("attendee", person("sam@candidate.example", "Sam Lee", rsvp="TRUE"))
    event.add("attendee", person("jonas@nordwind.example", "Jonas Weber"))
    event.add("attendee", person("room.berlin@nordwind.example", "Room Berlin", cutype="ROOM"))
    event.add("summary", summary)
    start = Event()
    start.add("dtstart", datetime(2026, 11, 25, 10, 0))
    event["dtstart"] = start["dtstart"]
    event["dtstart"].params["TZID"] = tzid
    end = Event()
    end.add("dtend", datetime(2026, 11, 25, 11, 30))
    event["dtend"] = end["dtend"]
    event["dtend"].params["TZID"] = tzid
    event.add("uid", uid)
    event.add("class", "PUBLIC")
    event.add("priority", 5)
    event.add("dtstamp", STAMP)
    event.add("transp", "OPAQUE")
    event.add("status", "CONFIRMED")
    event.add("sequence", 0)
    event.add("location", "Nordwind, Raum Berlin")
    event.add("x-microsoft-cdo-busystatus", "BUSY")
    cal.add_component(event)
    write(name, cal)


def teams() -> None:
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST")
    cal.add_component(
        windows_zone(
            "Pacific Standard Time",
            -8,
            -7,
            "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
            "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        )
    )
    event = Event()
    event.add("organizer", person("talent@contoso.example", "Contoso Talent"))
    event.add("attendee", person("sam@candidate.example", "Sam Lee"))
    event.add("attendee", person("dana@contoso.example", "Dana Whitfield"))
    event.add("summary", "Contoso - Product Designer - Portfolio review")
    start = Event()
    start.add("dtstart", datetime(2026, 12, 1, 9, 0))
    event["dtstart"] = start["dtstart"]
    event["dtstart"].params["TZID"] = "Pacific Standard Time"
    end = Event()
    end.add("dtend", datetime(2026, 12, 1, 10, 0))
    event["dtend"] = end["dtend"]
    event["dtend"].params["TZID"] = "Pacific Standard Time"
    event.add("uid", "040000008200E00074C5B7101A82E00800000000D0A1B2C3")
    event.add("dtstamp", STAMP)
    event.add("sequence", 0)
    event.add("location", "Microsoft Teams Meeting")
    event.add(
        "description",
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/"
        "19%3ameeting_NjM2%40thread.v2/0?context=%7b%22Tid%22%3a%22c0%22%7d>\n",
    )
    event.add(
        "x-microsoft-skypeteamsmeetingurl",
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM2%40thread.v2/0"
        "?context=%7b%22Tid%22%3a%22c0%22%7d",
    )
    cal.add_component(event)
    write("teams.ics", cal)


def zoom() -> None:
    cal = calendar("-//zoom.us//iCalendar Event//EN", "PUBLISH")
    event = Event()
    event.add("dtstamp", STAMP)
    event.add("dtstart", datetime(2026, 11, 26, 17, 0, tzinfo=UTC))
    event.add("dtend", datetime(2026, 11, 26, 17, 45, tzinfo=UTC))
    event.add("summary", "Fabrikam screening call")
    event.add("uid", "20261110T090000Z-87654321098@fe80:0:0:0:0:0:0:1")
    event.add("tzid", "UTC")
    event.add(
        "description",
        "Lee Chen is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
        "https://fabrikam.zoom.us/j/87654321098?pwd=QWxhZGRpbjpvcGVu\n\nMeeting ID: 876 5432 1098",
    )
    event.add("organizer", person("lee.chen@fabrikam.example", "Lee Chen"))
    event.add("location", "https://fabrikam.zoom.us/j/87654321098?pwd=QWxhZGRpbjpvcGVu")
    cal.add_component(event)
    write("zoom.ics", cal)


def apple() -> None:
    cal = calendar("-//Apple Inc.//macOS 15.1//EN", "REQUEST")
    event = Event()
    start = Event()
    start.add("dtstart", datetime(2026, 11, 27, 14, 30))
    event["dtstart"] = start["dtstart"]
    event["dtstart"].params["TZID"] = "Europe/Paris"
    end = Event()
    end.add("dtend", datetime(2026, 11, 27, 15, 30))
    event["dtend"] = end["dtend"]
    event["dtend"].params["TZID"] = "Europe/Paris"
    event.add("uid", "7C3F7D2E-5B1A-4E8B-9C0D-1F2A3B4C5D6E")
    event.add("dtstamp", STAMP)
    event.add("summary", "Entretien Claire / Sam")
    event.add("sequence", 1)
    event.add("location", "Vent du Nord\n12 rue de la Paix\n75002 Paris")
    event.add(
        "organizer",
        person(
            "2_HAZDGMRVGQ4TCMBXHEZDSNBS@imip.me.com",
            "Claire Dubois",
            email="claire@ventdunord.example",
        ),
    )
    event.add(
        "attendee",
        person(
            "2_HAZDGMRVGQ4TCMBXHEZDSNBS@imip.me.com",
            "Claire Dubois",
            email="claire@ventdunord.example",
            partstat="ACCEPTED",
        ),
    )
    event.add("attendee", person("sam@candidate.example", "Sam Lee", partstat="NEEDS-ACTION"))
    cal.add_component(event)
    write("apple.ics", cal)


def cancel() -> None:
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL")
    event = Event()
    event.add("dtstart", datetime(2026, 11, 24, 15, 0, tzinfo=UTC))
    event.add("dtend", datetime(2026, 11, 24, 16, 0, tzinfo=UTC))
    event.add("dtstamp", STAMP)
    event.add("organizer", person("priya@northwind.example", "Priya Raman"))
    event.add("uid", "4f1c0a9d2b8e@google.com")
    event.add("attendee", person("sam@candidate.example", "sam@candidate.example"))
    event.add("sequence", 2)
    event.add("status", "CANCELLED")
    event.add("summary", "Interview: Sam Lee / Senior Data Analyst")
    cal.add_component(event)
    write("google_cancel.ics", cal)


def all_day_and_recurring() -> None:
    cal = calendar("-//Greenhouse//Scheduler//EN", "REQUEST")
    event = Event()
    event.add("dtstart", date(2026, 12, 3))
    event.add("dtend", date(2026, 12, 4))
    event.add("dtstamp", STAMP)
    event.add("uid", "onsite-day@ats.example")
    event.add("summary", "Onsite day - Tailspin Toys")
    event.add("organizer", person("no-reply@ats.example", "Tailspin Recruiting"))
    cal.add_component(event)
    write("all_day.ics", cal)

    cal = calendar("Microsoft Exchange Server 2010", "REQUEST")
    event = Event()
    start = Event()
    start.add("dtstart", datetime(2026, 12, 7, 9, 0))
    event["dtstart"] = start["dtstart"]
    event["dtstart"].params["TZID"] = "FLE Standard Time"
    end = Event()
    end.add("dtend", datetime(2026, 12, 7, 9, 30))
    event["dtend"] = end["dtend"]
    event["dtend"].params["TZID"] = "FLE Standard Time"
    event.add("rrule", {"freq": "daily", "count": 3})
    event.add("dtstamp", STAMP)
    event.add("uid", "recurring-stand-in@adatum.example")
    event.add("summary", "Adatum: trial days")
    event.add("organizer", person("olena@adatum.example", "olena@adatum.example"))
    event.add("location", "https://adatum.webex.com/meet/olena")
    cal.add_component(event)
    write("recurring_fle.ics", cal)


def outlook_email() -> None:
    """An Outlook meeting request as it arrives: text and calendar alternatives."""
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST")
    cal.add_component(
        windows_zone(
            "W. Europe Standard Time",
            1,
            2,
            "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        )
    )
    event = Event()
    event.add("organizer", person("anna.schmidt@fabrikam-gmbh.example", "Schmidt, Anna"))
    event.add("attendee", person("sam@candidate.example", "Sam Lee"))
    event.add("attendee", person("anna.schmidt@fabrikam-gmbh.example", "Schmidt, Anna"))
    event.add("attendee", person("lukas.braun@fabrikam-gmbh.example", "Braun, Lukas"))
    event.add("summary", "Interview: Data Scientist (Fabrikam GmbH)")
    for name, moment in (
        ("dtstart", datetime(2026, 3, 31, 9, 0)),
        ("dtend", datetime(2026, 3, 31, 10, 0)),
    ):
        holder = Event()
        holder.add(name, moment)
        event[name] = holder[name]
        event[name].params["TZID"] = "W. Europe Standard Time"
    event.add("uid", "040000008200E00074C5B7101A82E00800000000F00DBABE")
    event.add("dtstamp", STAMP)
    event.add("sequence", 0)
    event.add("location", "Microsoft Teams-Besprechung")
    event.add(
        "description",
        "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen "
        "<https://teams.microsoft.com/meet/3561234567890?p=AbCdEfGh>\n",
    )
    cal.add_component(event)
    body = cal.to_ical()
    mail = (
        b'From: "Schmidt, Anna" <anna.schmidt@fabrikam-gmbh.example>\r\n'
        b"To: Sam Lee <sam@candidate.example>\r\n"
        b"Subject: =?utf-8?q?Interview=3A_Data_Scientist_=28Fabrikam_GmbH=29?=\r\n"
        b"Date: Tue, 10 Nov 2026 09:00:00 +0100\r\n"
        b"Message-ID: <AM0PR01MB1234@fabrikam-gmbh.example>\r\n"
        b"Content-Class: urn:content-classes:calendarmessage\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="_000_"\r\n\r\n'
        b"--_000_\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Microsoft Teams-Besprechung\r\n\r\n"
        b'--_000_\r\nContent-Type: text/calendar; charset="utf-8"; method=REQUEST\r\n'
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body + b"\r\n--_000_--\r\n"
    )
    (HERE / "outlook_request.eml").write_bytes(mail)


def floating() -> None:
    """Google's calendar export: local times without TZID, the zone in X-WR-TIMEZONE."""
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "PUBLISH")
    cal.add("x-wr-timezone", "America/Chicago")
    event = Event()
    event.add("dtstart", datetime(2026, 11, 30, 13, 0))
    event.add("dtend", datetime(2026, 11, 30, 13, 45))
    event.add("dtstamp", STAMP)
    event.add("uid", "floating-1@google.com")
    event.add("summary", "Phone screen - Woodgrove Bank - Risk Analyst")
    event.add("organizer", person("jordan@woodgrovebank.example", "Jordan Hale"))
    cal.add_component(event)
    write("google_floating.ics", cal)


if __name__ == "__main__":
    outlook_email()
    floating()
    google()
    exchange(
        "exchange_romance.ics",
        "Romance Standard Time",
        windows_zone(
            "Romance Standard Time",
            1,
            2,
            "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        ),
        "Nordwind GmbH: Interview Backend Engineer",
        "040000008200E00074C5B7101A82E0080000000050ED4E2A",
    )
    teams()
    zoom()
    apple()
    cancel()
    all_day_and_recurring()
