"""Where the project's own files live, so every layer finds them the same way."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CYPHER_DIR = PROJECT_ROOT / "cypher"
SEEDS_DIR = PROJECT_ROOT / "seeds"
STATE_DIR = PROJECT_ROOT / ".entente"
