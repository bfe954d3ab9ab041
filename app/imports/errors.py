"""The one error an import row can have."""


class BadRow(ValueError):
    """A row that cannot be read; the message says why. Counted with its line, never fatal."""
