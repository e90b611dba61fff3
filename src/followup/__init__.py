"""followup: turn each job interview into a correct, dated follow-up plan."""

__version__ = "0.1.0"
