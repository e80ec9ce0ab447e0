"""Attachments of a hardship file (诊断证明, 户口本 …), stored in the database with the file so a
backup holds everything. They are personal documents: opening one needs 查看敏感信息 and is
audited."""

from __future__ import annotations

from sqlalchemy.orm import Session

from unionapp.db.models import HardshipAttachment
from unionapp.services import audit
from unionapp.services.common import load
from unionapp.services.errors import PermissionDenied, ValidationError
from unionapp.services.hardship import load_file_in_scope
from unionapp.services.rights import Actor, Right

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


def add_attachment(session: Session, actor: Actor, file_id: int, filename: str, data: bytes, mime: str,
                   description: str | None = None) -> int:
    """诊断证明, 户口本 …: stored in the database with the file, so a backup holds everything."""
    actor.require(Right.EDIT)
    record = load_file_in_scope(session, actor, file_id)
    if not data:
        raise ValidationError({"attachment": "附件是空文件"})
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError({"attachment": f"附件过大（{len(data) // 1024 // 1024} MB），单个附件不超过 20 MB"})
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip() or "附件"
    attachment = HardshipAttachment(file_id=record.id, filename=name[:200], mime=mime or "application/octet-stream",
                                    size=len(data), data=data, description=(description or None),
                                    uploaded_by=actor.username)
    session.add(attachment)
    session.flush()
    audit.record(session, actor, "update", "hardship_file", record.id, f"添加附件：{record.name} {name}",
                 after={"attachment": name, "size": len(data)})
    return attachment.id


def get_attachment(session: Session, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
    """(filename, mime, bytes). Attachments are personal documents: viewing them is audited."""
    actor.require(Right.VIEW)
    attachment = load(session, HardshipAttachment, attachment_id, "附件")
    record = load_file_in_scope(session, actor, attachment.file_id)
    if not actor.sees_sensitive:
        raise PermissionDenied("查看档案附件需要“查看敏感信息”的权限")
    audit.record(session, actor, "view", "hardship_file", record.id, f"查看档案附件：{record.name} {attachment.filename}")
    return attachment.filename, attachment.mime, attachment.data


def delete_attachment(session: Session, actor: Actor, attachment_id: int) -> None:
    actor.require(Right.EDIT)
    attachment = load(session, HardshipAttachment, attachment_id, "附件")
    record = load_file_in_scope(session, actor, attachment.file_id)
    session.delete(attachment)
    audit.record(session, actor, "update", "hardship_file", record.id, f"删除附件：{record.name} {attachment.filename}",
                 before={"attachment": attachment.filename})

