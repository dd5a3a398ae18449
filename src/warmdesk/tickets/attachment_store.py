"""Attachment bytes on disk, addressed by their SHA-256 (same content is stored once)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warmdesk.errors import TooLarge

_CHUNK = 1024 * 1024


def describe_size(size_bytes: int) -> str:
    """``25 MiB``, ``512 KiB``, ``900 bytes``: sizes as people read them."""
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size_bytes >= factor:
            value = size_bytes / factor
            return (
                f"{value:.0f} {unit}"
                if value >= 10 or value.is_integer()
                else f"{value:.1f} {unit}"
            )
    return f"{size_bytes} bytes"


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size_bytes: int


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def save(self, stream: BinaryIO, max_bytes: int) -> StoredBlob:
        """Copy ``stream`` to the store; raise :class:`TooLarge` past ``max_bytes``."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(dir=self.root, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as temp:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise TooLarge(
                            f"The file is larger than the {describe_size(max_bytes)} limit."
                        )
                    digest.update(chunk)
                    temp.write(chunk)
            sha = digest.hexdigest()
            final = self.path_for(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.exists():
                Path(temp_name).unlink()
            else:
                Path(temp_name).replace(final)
            return StoredBlob(sha256=sha, size_bytes=size)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
