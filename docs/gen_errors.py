"""Regenerate docs/errors.md from pipeline/errors.py: python docs/gen_errors.py"""

from pathlib import Path

from pipeline.errors import MESSAGES


def render() -> str:
    lines = ["# Error codes", "",
             "Every file the pipeline cannot use is reported on stderr and in `errors.jsonl` as",
             "`{source, code, reason, hint}`. The codes:", "",
             "| code | reason | what to do |", "|---|---|---|"]
    for code, (reason, hint) in MESSAGES.items():
        reason = reason.replace(" ({detail})", "").replace(" '{detail}'", "")
        lines.append(f"| {code.value} | {reason} | {hint} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    Path(__file__).with_name("errors.md").write_text(render(), encoding="utf-8")
