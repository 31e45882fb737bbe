"""The one exception family of askccg.

Every error a user can cause or fix is an ``AskccgError``; the CLI and the UI turn
it into a single line, never a traceback::

    AskccgError
    ├── ConfigError        a setting has a bad value
    ├── InputError         a bad question or filter
    ├── CorpusError        the corpus folder or its metadata cannot be read
    ├── ModelError         the embedding model cannot be loaded offline
    ├── ClusterError       a build on a Ray cluster cannot start or did not finish
    └── IndexFolderError        the index folder is missing, stale or damaged
        ├── IndexMissingError
        ├── StaleIndexError
        └── CorruptIndexError

``StaleCorpusWarning`` (a ``UserWarning``) is issued by ``retrieve`` when articles
changed since the index was built; ``ask`` puts the same words in ``Answer.notes``.
"""

from __future__ import annotations

REBUILD_HINT = "run `askccg build` to rebuild it"


class AskccgError(Exception):
    """Base class: a problem the user can understand and fix."""


class ConfigError(AskccgError):
    """A setting has a value outside its allowed range."""


class InputError(AskccgError):
    """A question or filter the assistant cannot take."""


class CorpusError(AskccgError):
    """The corpus folder, an article or the metadata file cannot be used."""


class ModelError(AskccgError):
    """The embedding model cannot be loaded from local files."""


class ClusterError(AskccgError):
    """Ray is not installed, the cluster cannot be reached, or a cluster build failed."""


class IndexFolderError(AskccgError):
    """The saved index cannot be used."""


class IndexMissingError(IndexFolderError):
    """No index has been built in the folder."""


class StaleIndexError(IndexFolderError):
    """The index was built from another corpus or other settings."""


class CorruptIndexError(IndexFolderError):
    """A file of the index is damaged or unreadable."""


class StaleCorpusWarning(UserWarning):
    """Articles were added, changed or removed since the index was built."""
