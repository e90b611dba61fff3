"""Every recorded event, one function each: the use cases the shells call.

The command line, the web views, the outbox worker and the IMAP reader all
change the store through these functions and nothing else. Each takes the
store's user, an explicit `now` and plain values (names, moments, words),
checks them, writes in one transaction through `store.services`, and returns
what changed. Input errors name a plain field ("to", "at", "check_back"); a
shell renames them to its own (`--to`, a form field).

| use case                     | module                   |
| ---------------------------- | ------------------------ |
| who a contact without `to` went to | `record.recipient` (no Django: the file reader uses it too) |
| log a contact                | `record.contact.log_contact` |
| record a reply, what it reopens | `record.reply.record_reply`, `record.reply.reply_opens` |
| record an outcome            | `record.interview.record_outcome` |
| save a debrief               | `record.interview.save_debrief` |
| edit an interview            | `record.interview.edit_interview` |
| remove a log entry           | `record.interview.remove_entry` |
| delete an interview          | `record.interview.delete_interview` |

Nothing is imported here, so `record.recipient` stays light for the file reader.
"""
