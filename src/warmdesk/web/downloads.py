"""Serving stored files safely: always as a download, never sniffed or rendered."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.responses import FileResponse

from warmdesk.tickets.attachment_service import AttachmentDownload


def content_disposition(filename: str) -> str:
    """``attachment`` with an ASCII fallback and the RFC 5987 UTF-8 name."""
    ascii_name = "".join(c if 32 <= ord(c) < 127 and c not in '"\\;' else "_" for c in filename)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


def attachment_response(download: AttachmentDownload) -> FileResponse:
    attachment = download.attachment
    return FileResponse(
        download.path,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": content_disposition(attachment.filename),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, no-store",
        },
    )
