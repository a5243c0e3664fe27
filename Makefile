# One task runner. `make run` and `make test` set everything up from uv.lock on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
UV     := $(BIN)/uv
PORT   ?= 8000

.PHONY: setup run chat test lint fmt bench clean screenshots eval-llm answer-model

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet "uv==0.13.9"

$(VENV)/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --extra postgres --quiet
	@touch $@

setup: $(VENV)/.synced ## create the virtualenv from uv.lock

run: setup ## the web app on http://127.0.0.1:$(PORT) (offline brain, local Chroma, SQLite)
	$(BIN)/chainlit run assistant/channels/web/app.py --host 127.0.0.1 --port $(PORT) --headless

chat: setup ## the terminal coach
	$(BIN)/coach chat

test: setup ## run the test suite
	$(BIN)/pytest -q

screenshots: setup ## retake docs/screenshots/ with the browser test (needs /usr/bin/chromium)
	COACH_SCREENSHOTS_DIR=docs/screenshots $(BIN)/pytest -q tests/web/test_e2e.py

lint: setup ## ruff + mypy
	$(BIN)/ruff check assistant tests bench
	$(BIN)/ruff format --check assistant tests bench
	$(BIN)/mypy

fmt: setup
	$(BIN)/ruff format assistant tests bench
	$(BIN)/ruff check --fix assistant tests bench

answer-model: setup ## retrain prompts/exemplars/answer_model.npz after editing the answer corpus
	$(BIN)/python bench/understanding/train.py

bench: setup ## benchmarks under bench/
	@for f in bench/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

eval-llm: setup ## NOT CI: a real small model (llama-cpp-python server, Qwen2.5-Coder-1.5B GGUF from PyPI) runs an en and a ko interview through the LLM brain
	bash scripts/eval_llm.sh
