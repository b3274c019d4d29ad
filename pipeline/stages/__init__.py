"""Pipeline stages, one module each, registered as spaCy components.

Importing this package registers the factories and the ``Doc._`` extensions
they assign, so ``spacy.load("models/pipeline")`` works after ``import pipeline.stages``.
"""

from spacy.tokens import Doc

EXTENSIONS = {
    "source": None,  # SourceText: normalised text and its line map (ingest)
    "layout": None,  # list[Block]: one per line (layout)
    "meeting": None,  # dict record (meeting)
    "attendees": None,  # list[dict] (attendees)
    "aliases": None,  # dict folded name -> owner short name (attendees)
    "agenda_items": None,  # list[dict] (agenda)
    "actions": None,  # list[dict] (actions)
    "statistics": None,  # list[dict] (statistics)
}
for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

from . import ingest, layout, meeting, attendees, agenda, actions, statistics, resolve  # noqa: E402,F401

STAGES = [
    "minutes_ingest",
    "minutes_layout",
    "minutes_meeting",
    "minutes_attendees",
    "minutes_agenda",
    "minutes_actions",
    "minutes_statistics",
    "minutes_resolve",
]
