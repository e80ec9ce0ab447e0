"""Errors a clerk can act on. Each carries a Chinese message the UI and the CLI show as they are."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Input that cannot be saved; `errors` maps a field key to its message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("；".join(self.errors.values()))


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else saved the same record in between (optimistic locking)."""

    def __init__(self, what: str = "该记录"):
        super().__init__(f"{what}已被其他人修改，请关闭后重新打开再修改（您的输入尚未保存）")


class AuthError(ServiceError):
    pass


class Cancelled(Exception):
    """The clerk pressed cancel during long work; the work's transaction is rolled back. Not an
    error: the window shows nothing more than the dialog closing."""
