"""Locations inside the project, found from this file rather than the working directory."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_ENV_FILE = PROJECT_ROOT / ".env"
