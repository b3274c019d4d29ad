"""Ingest stage: makes sure every Doc carries its normalised source and line map.

Readers (pipeline.readers) build the SourceText from a file and the
extractor attaches it before the pipeline runs. A Doc made straight from a
string (``nlp("...")``, as in tests) gets one here, read as plain text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..document import TextBuilder
from ..readers.text import build_lines, lines_of


def source_from_text(text: str, path: str = "<text>"):
    builder = TextBuilder()
    build_lines(builder, lines_of(text))
    return builder.build(path, "txt", text.encode("utf-8"))


@Language.factory("minutes_ingest", assigns=["doc._.source"], requires=[])
def make_ingest(nlp: Language, name: str):
    return IngestComponent()


class IngestComponent:
    def __call__(self, doc: Doc) -> Doc:
        src = doc._.source
        if src is None:
            src = source_from_text(doc.text)
            if src.text != doc.text:
                raise ValueError(
                    "minutes_ingest: text is not normalised; make Docs with pipeline.nlp.make_doc()"
                )
            doc._.source = src
        return doc
