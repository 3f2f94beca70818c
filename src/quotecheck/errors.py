"""Errors the CLI turns into one line on stderr and exit code 2."""


class QuotecheckError(Exception):
    """Bad input or usage: the message is shown to the user as it is, without a traceback."""
