"""Assemble the spaCy pipeline on ``spacy.blank("en")``, save it, load it.

Stages are registered components (pipeline.stages); token patterns live in
models/patterns and are added to spaCy span rulers with ``validate=True``.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import stages
from .document import SourceText
from .patterns import PATTERNS_DIR, load_jsonl, validate_patterns

# span rulers: (component name, pattern file, spans key, inserted before)
RULERS = [
    ("statistics_ruler", "statistics", "statistics", "minutes_statistics"),
]


def keep_tokenizer_cache(nlp: Language) -> Language:
    """Drop the tokenizer's special cases that are whitespace tokenizing to itself, so its
    cache works.

    spaCy's English exceptions list " ", "\\t" and "\\n" as special cases that make one
    token of themselves and set nothing else. Any special case met in a text stops the
    tokenizer caching the rest of that text (spaCy's ``_save_cached`` skips once
    ``has_special`` is set), so in minutes, where the first line break comes early, nearly
    every word went through the affix regexes again: about 160k words/s instead of 2M.
    Without these entries whitespace tokenizes exactly as before (a whitespace run is one
    token either way, with the same attributes; ``tests/test_tokenizer.py`` checks tokens,
    offsets, spaces and norms), and the cache works up to the first real special case. The
    no-break space keeps its rule, which also sets a norm (the readers' NFKC turns it into
    a space anyway).
    """
    from spacy.attrs import ORTH

    tokenizer = nlp.tokenizer
    rules = tokenizer.rules or {}
    plain = [key for key, value in rules.items() if not key.strip() and value == [{ORTH: key}]]
    if plain:
        tokenizer.rules = {key: value for key, value in rules.items() if key not in plain}
    return nlp


def build_nlp(patterns_dir: Path = PATTERNS_DIR) -> Language:
    """A fresh pipeline with every stage and its patterns."""
    nlp = keep_tokenizer_cache(spacy.blank("en"))
    for name in stages.STAGES:
        nlp.add_pipe(name)
    for name, stem, key, before in RULERS:
        path = Path(patterns_dir) / f"{stem}.jsonl"
        rows = load_jsonl(path)
        validate_patterns(rows, str(path))
        ruler = nlp.add_pipe("span_ruler", name=name, before=before,
                             config={"spans_key": key, "validate": True, "overwrite": True})
        ruler.add_patterns(rows)
    nlp.meta["minutes_patterns"] = patterns_fingerprint(patterns_dir)
    return nlp


def save_nlp(nlp: Language, path: Path) -> None:
    nlp.to_disk(path)


def patterns_fingerprint(patterns_dir: Path = PATTERNS_DIR) -> str:
    """A hash of every pattern file: a saved pipeline is current only while it matches."""
    import hashlib

    h = hashlib.sha256()
    for path in sorted(Path(patterns_dir).glob("*.jsonl")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def load_nlp(path: Path | None = None) -> Language:
    """Load a saved pipeline, or build one when there is none or its patterns have changed."""
    if path is not None and (Path(path) / "meta.json").exists():
        nlp = spacy.load(path)
        if nlp.meta.get("minutes_patterns") == patterns_fingerprint():
            return keep_tokenizer_cache(nlp)
    return build_nlp()


def make_doc(nlp: Language, src: SourceText) -> Doc:
    doc = nlp.make_doc(src.text)
    doc._.source = src
    return doc


def process(nlp: Language, src: SourceText) -> Doc:
    """Run every stage over one source text."""
    return nlp(make_doc(nlp, src))


def process_text(nlp: Language, text: str, path: str = "<text>") -> Doc:
    """Run the pipeline over a string, read as a plain-text file would be."""
    from .stages.ingest import source_from_text

    return process(nlp, source_from_text(text, path))
