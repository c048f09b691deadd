"""Content-addressed storage of raw messages and attachments: a file's name is its sha256."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any


class BlobStore:
    """Writes bytes once under root/ab/cd/<sha256><suffix>; the same bytes always land in the same place."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str, suffix: str = "") -> Path:
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}{suffix}"

    def put(self, data: bytes, suffix: str = "") -> tuple[str, Path]:
        """Store bytes durably (written, fsynced, renamed into place) and return (sha256, path)."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest, suffix)
        if target.exists() and target.stat().st_size == len(data):
            return digest, target
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temporary file and rename, so a crash never leaves a half file under the final name.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest, target

    def get(self, path: str | Path) -> bytes:
        return Path(path).read_bytes()


def missing_recent_blobs(engine: Any, blobs: BlobStore, sample: int = 20) -> tuple[int, int]:
    """(missing, checked): how many of the newest recorded raw messages are not in this blob store.

    Every instance on one database must see the same store, or one instance cannot re-run, export or show
    what the other recorded; a wrong or unshared `[storage] path` shows up here before it shows up as
    failures message by message.
    """
    from sqlmodel import Session, select

    from mailbot.store.models import Message

    with Session(engine) as s:
        shas = s.exec(select(Message.sha256).order_by(Message.id.desc()).limit(sample)).all()  # type: ignore[union-attr]
    # By content address, not by the recorded absolute path: the same share may be mounted elsewhere.
    missing = sum(1 for sha in shas if not blobs.path_for(sha, ".eml").exists())
    return missing, len(shas)
