"""Publishing a release folder on the Hugging Face Hub with ``huggingface_hub``.

``push_release`` sends the card and the Parquet shards through ``HfApi.upload_folder`` (one commit);
with ``dry_run`` it only lists them.  A release built with ``--include-restricted`` is never pushed:
its card says it holds rows that may not be redistributed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from .build import RELEASE_ENTRIES, ReleaseError

ALLOW_PATTERNS = ["README.md", "data/**"]


def release_files(folder: Path) -> list[str]:
    """The files a push sends, relative to ``folder``, sorted."""
    folder = Path(folder)
    if not (folder / "README.md").is_file() or not (folder / "data").is_dir():
        raise ReleaseError(f"{folder} is not a release folder (README.md and data/)")
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*")
                  if path.is_file() and path.relative_to(folder).parts[0] in RELEASE_ENTRIES)


def restricted_articles(folder: Path) -> int:
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(Path(folder) / "README.md")
    return int((card.data.to_dict().get("netralitas_nlp") or {}).get("restricted_articles", 0))


def push_release(folder: Path, repo_id: str, *, api: Optional[Any] = None, dry_run: bool = False,
                 private: bool = False, commit_message: Optional[str] = None) -> list[str]:
    """Upload ``folder`` to the dataset repository ``repo_id`` (``ORG/NAME``); returns the files sent
    (or, with ``dry_run``, that would be sent).  ``api`` defaults to ``huggingface_hub.HfApi()``."""
    files = release_files(folder)
    if "/" not in repo_id.strip("/"):
        raise ReleaseError(f"--push-to-hub takes ORG/NAME, not {repo_id!r}")
    if restricted_articles(folder):
        raise ReleaseError(f"{folder} holds restricted rows (built with --include-restricted): it is not pushed")
    if dry_run:
        return files
    if api is None:
        from huggingface_hub import HfApi

        api = HfApi()
    api.create_repo(repo_id=repo_id, repo_type="dataset", private=private, exist_ok=True)
    api.upload_folder(folder_path=str(folder), repo_id=repo_id, repo_type="dataset",
                      allow_patterns=ALLOW_PATTERNS,
                      commit_message=commit_message or "netralitas_nlp release")
    return files
