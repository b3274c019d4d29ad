"""Error codes for everything the pipeline can refuse.

Each error has a stable code (listed in docs/errors.md) so that a reader of
``errors.jsonl`` can look up what went wrong and how to fix it.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    """Stable codes, message templates and hints; docs/errors.md lists them."""

    E001 = "E001"  # empty file
    E002 = "E002"  # binary or undecodable content
    E003 = "E003"  # unknown file format
    E004 = "E004"  # corrupt or truncated document
    E005 = "E005"  # encrypted document
    E006 = "E006"  # unreadable (permissions, missing)
    E007 = "E007"  # limit exceeded
    E008 = "E008"  # no text layer
    E009 = "E009"  # internal error in a stage
    E010 = "E010"  # invalid rule pattern


MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.E001: ("the file is empty", "Check the download or export; an empty file has no minutes to read."),
    ErrorCode.E002: ("the file is binary or not text in any known encoding ({detail})", "Save it as UTF-8 text, or give it the extension of its real format."),
    ErrorCode.E003: ("unknown file format '{detail}'", "Supported: .txt, .md, .html, .htm, .pdf, .docx. Convert the file or rename it to its real format."),
    ErrorCode.E004: ("the document is corrupt or truncated ({detail})", "Re-download or re-export the file; open it in its own application to check it."),
    ErrorCode.E005: ("the document is encrypted or password-protected", "Save an unprotected copy and extract that."),
    ErrorCode.E006: ("the file cannot be read ({detail})", "Check that it exists and that you have permission to read it."),
    ErrorCode.E007: ("a limit was exceeded ({detail})", "Raise the limit with the matching --max-* option if the file is genuine."),
    ErrorCode.E008: ("the document has no text layer ({detail})", "It is probably a scan: run OCR on it first (for example ocrmypdf) and extract the result."),
    ErrorCode.E009: ("an extraction stage failed ({detail})", "This is a bug: please report it with the file that triggers it."),
    ErrorCode.E010: ("invalid rule pattern ({detail})", "Fix the pattern in the models/patterns file named; spaCy's Matcher docs list the valid keys."),
}


class MinutesError(Exception):
    """An input the pipeline cannot use, with a code, a reason and a hint.

    >>> err = MinutesError(ErrorCode.E003, "a.xyz", detail=".xyz")
    >>> str(err)
    "a.xyz: E003 unknown file format '.xyz'. Supported: .txt, .md, .html, .htm, .pdf, .docx. Convert the file or rename it to its real format."
    """

    def __init__(self, code: ErrorCode, path: str = "", detail: str = "") -> None:
        self.code = code
        self.path = str(path)
        self.detail = detail
        reason, hint = MESSAGES[code]
        self.reason = reason.format(detail=detail)
        self.hint = hint
        super().__init__(f"{self.path}: {code.value} {self.reason}. {hint}")

    def to_record(self) -> dict:
        return {"source": self.path, "code": self.code.value, "reason": self.reason, "hint": self.hint}
