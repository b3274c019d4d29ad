"""minutes-pipeline: turn meeting minutes into JSONL data.

Library first: :func:`pipeline.extract.extract_paths` runs a batch,
:func:`pipeline.nlp.build_nlp` assembles the spaCy pipeline, and
:func:`pipeline.readers.read_path` reads one file into normalised text.
"""

__version__ = "0.1.0"
