"""One module per command; each has NAME, HELP, add_arguments(parser) and run(args)."""

from . import bench, build_model, evaluate, extract

COMMANDS = [extract, evaluate, build_model, bench]
