"""One module per command; each has NAME, HELP, add_arguments(parser) and run(args)."""

from . import audit, bench, build_model, evaluate, extract, label

COMMANDS = [extract, evaluate, audit, label, build_model, bench]
