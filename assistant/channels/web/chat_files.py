"""Where files attached to chat messages (charts, exports) are kept: a folder in the data
directory, served back as `data:` URLs when an old chat is opened."""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import quote

from chainlit.data.storage_clients.base import BaseStorageClient


class LocalStorage(BaseStorageClient):
    """Files attached to messages (charts, exports), kept in a folder and served back inline as
    `data:` URLs when an old chat is opened. For several replicas, use shared storage instead."""

    def __init__(self, root: Path):
        self.root = root

    def _path(self, object_key: str) -> Path:
        parts = [quote(p, safe="") for p in object_key.split("/") if p not in ("", ".", "..")]
        path = self.root.joinpath(*parts).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise ValueError(f"bad object key {object_key!r}")
        return path

    async def upload_file(
        self,
        object_key: str,
        data: bytes | str,
        mime: str = "application/octet-stream",
        overwrite: bool = True,
        content_disposition: str | None = None,
    ) -> dict[str, Any]:
        path = self._path(object_key)
        if path.exists() and not overwrite:
            return {"object_key": object_key}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return {"object_key": object_key}

    async def delete_file(self, object_key: str) -> bool:
        path = self._path(object_key)
        if not path.exists():
            return False
        path.unlink()
        return True

    async def get_read_url(self, object_key: str) -> str:
        path = self._path(object_key)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"

    async def close(self) -> None:
        return None
