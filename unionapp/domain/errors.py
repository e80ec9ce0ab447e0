"""The one error type raised by domain rules: a slug for code and a Chinese message for clerks."""

from __future__ import annotations


class DomainError(ValueError):
    """A value a clerk typed or imported cannot be accepted.

    ``code`` is a short English slug that callers and tests match on (e.g. ``"check_digit"``);
    ``message`` is the Simplified Chinese sentence shown to the clerk, and is what ``str()`` gives.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, {self.message!r})"

    def __reduce__(self):
        # ValueError pickles as cls(*args); our __init__ takes two arguments, so say them
        # explicitly — import jobs may hand errors across process boundaries.
        return (type(self), (self.code, self.message))
