"""Errors the CLI turns into one line on stderr and exit status 2."""


class FactcheckError(Exception):
    """Bad input or bad usage: the message is shown to the user as it is."""


class InputError(FactcheckError):
    """The article could not be read: missing, empty, binary, undecodable, too large, dead URL."""
