"""Throughput and memory on a reproducible synthetic corpus, against the floors.

:func:`make_corpus` writes (seeded, so the same bytes on every machine) a
folder of minutes-like text documents (attendance lists, numbered items,
actions, figures) and one long PDF with a table on every page, written by
:func:`pdf_bytes` without any PDF library. :func:`run` extracts them with the
whole pipeline and compares with the floors on the same inputs: a compiled
regular-expression word scan of the text, and text extraction alone with
pypdfium2 and with pdfplumber.

The corpus is synthetic: it measures speed, not accuracy, and no rule is
tuned to it.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import tempfile
import time
from pathlib import Path

from .pdfwrite import serialise

GENERATOR = 1  # bump when the corpus generator changes, to regenerate cached corpora
TARGETS = {"text_words_per_s": 150_000, "pdf_pages_per_s": 100, "peak_memory_mb": 500}

_FIRST = ["Ann", "Bob", "Carla", "David", "Eilis", "Farid", "Grace", "Hugh", "Ines", "James", "Kofi",
          "Laura", "Mehmet", "Nora", "Owen", "Priya", "Quentin", "Rosa", "Sean", "Tara", "Umar",
          "Vera", "William", "Xin", "Yusuf", "Zoe"]
_LAST = ["Adams", "Byrne", "Chen", "Doyle", "Evans", "Fischer", "Garcia", "Hughes", "Iqbal", "Jones",
         "Kelly", "Lewis", "Murphy", "Novak", "O'Brien", "Patel", "Quinn", "Roberts", "Singh",
         "Taylor", "Usman", "Vaughan", "Walsh", "Young"]
_ROLES = ["Chair", "Vice-Chair", "Treasurer", "Secretary", "Clerk"]
_BODIES = ["Parish Council", "Board of Trustees", "Governing Body", "Finance Committee",
           "Library Board", "Planning Committee", "Joint Policing Committee", "Working Group"]
_PLACES = ["the Council Chamber", "the Village Hall", "Room 2, Civic Offices", "the Library",
           "the Main Hall", "online by video call"]
_ITEMS = ["Apologies for absence", "Declarations of interest", "Minutes of the previous meeting",
          "Matters arising", "Finance report", "Budget monitoring", "Chair's report",
          "Health and safety", "Staffing update", "Planning applications", "Grant applications",
          "Performance figures", "Risk register", "Communications plan", "Any other business",
          "Property and maintenance", "Policy review", "Partnership working", "Training"]
_WORDS = ("the committee noted that report discussed members agreed proposal budget year quarter "
          "service update council plan funding officers review income costs staff project local "
          "community figures previous meeting support agreed further work progress were was had "
          "been would should could with from into over under about between following recent "
          "current annual monthly target level increase decrease compared total number visitors "
          "volunteers partners residents concerns questions response results paper draft final "
          "approved deferred raised asked explained confirmed requested suggested highlighted "
          "schedule contract supplier tender building repairs roof heating library hall park "
          "road safety policy training governance strategy risk audit accounts reserves").split()
_VERBS = ["circulate", "prepare", "update", "contact", "arrange", "review", "send", "report back on",
          "draft", "confirm", "investigate", "publish"]
_OBJECTS = ["the revised budget", "the draft policy", "a note to members", "the contractor",
            "the risk register", "the grant application", "the minutes", "the annual report",
            "the training schedule", "the survey results"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2012, 2024)}"


def _figure(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f"£{rng.randint(1, 950):,},{rng.randint(0, 999):03d}"
    if kind == 1:
        return f"{rng.randint(1, 99)}%"
    if kind == 2:
        return f"{rng.randint(100, 99_999):,} visitors"
    if kind == 3:
        return f"£{rng.randint(1, 900)}k"
    return f"{rng.randint(2, 60)} volunteers"


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(9, 20))]
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), _figure(rng))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def minutes_text(rng: random.Random, words: int = 1500) -> str:
    """One synthetic minutes document of about ``words`` words."""
    people = sorted({_name(rng) for _ in range(rng.randint(6, 12))})
    chair = people[0]
    lines = [f"{rng.choice(_BODIES)}", f"Minutes of the meeting held on {_date(rng)} at "
             f"{rng.randint(9, 19)}:{rng.choice(['00', '30'])} in {rng.choice(_PLACES)}", "",
             "Present: " + ", ".join(f"{p} (Chair)" if p == chair else p for p in people[:-2]),
             f"In attendance: {people[-2]} ({rng.choice(_ROLES[3:])})",
             f"Apologies: {people[-1]}", ""]
    count = sum(len(line.split()) for line in lines)
    items = _ITEMS[:]
    rng.shuffle(items)
    n = 0
    while count < words:
        n += 1
        lines.append(f"{n}. {items[(n - 1) % len(items)]}")
        for _ in range(rng.randint(1, 3)):
            para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
            lines.append(para)
            count += len(para.split())
        if rng.random() < 0.6:
            owner = rng.choice(people)
            act = (f"ACTION: {_initials(owner)} to {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
                   f"by {_date(rng)}.")
            lines.append(act)
            count += len(act.split())
        lines.append("")
        count += 2
    lines.append(f"Date of next meeting: {_date(rng)}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- PDF writer

def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _page_stream(rng: random.Random, number: int) -> str:
    """Content stream of one A4 page: a heading, paragraphs, a ruled table, a page number."""
    ops = ["BT /F2 14 Tf 56 790 Td " + _pdf_string(f"{number}. {rng.choice(_ITEMS)}") + " Tj ET"]
    y = 760
    for _ in range(rng.randint(3, 5)):
        words = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6))).split()
        line: list[str] = []
        for w in words + [None]:
            if w is not None and len(" ".join(line + [w])) <= 95:
                line.append(w)
                continue
            ops.append(f"BT /F1 10 Tf 56 {y} Td " + _pdf_string(" ".join(line)) + " Tj ET")
            y -= 13
            line = [w] if w else []
        y -= 8
    # a table: header + rows, ruled cells
    cols = [56, 216, 416, 540]
    rows = [["Action", "Owner", "Due"]] + [
        [f"{rng.choice(_VERBS).capitalize()} {rng.choice(_OBJECTS)}", _name(rng), _date(rng)]
        for _ in range(rng.randint(3, 6))]
    top = y - 10
    height = 18
    for r, cells in enumerate(rows):
        yy = top - r * height
        for c, cell in enumerate(cells):
            font = "/F2" if r == 0 else "/F1"
            ops.append(f"BT {font} 9 Tf {cols[c] + 4} {yy - 13} Td " + _pdf_string(cell) + " Tj ET")
    bottom = top - len(rows) * height
    ops.append("0.5 w")
    for r in range(len(rows) + 1):
        yy = top - r * height
        ops.append(f"{cols[0]} {yy} m {cols[-1]} {yy} l S")
    for x in cols:
        ops.append(f"{x} {top} m {x} {bottom} l S")
    ops.append("BT /F1 9 Tf 290 30 Td " + _pdf_string(f"Page {number}") + " Tj ET")
    return "\n".join(ops)


def pdf_bytes(pages: list[str], encrypt: bool = False) -> bytes:
    """A PDF whose pages have the given content streams (Helvetica, WinAnsi text).

    With ``encrypt`` the trailer names a standard security handler whose user
    password is not empty: readers must refuse it as encrypted.

    >>> pdf_bytes(["BT /F1 10 Tf 56 700 Td (Hello) Tj ET"])[:8]
    b'%PDF-1.4'
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # the page tree, filled in below
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for stream in pages:
        data = stream.encode("cp1252", errors="replace")
        content = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                        b"/F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (f1, f2, content)))
    objects[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                  + b"] /Count %d >>" % len(kids))
    extra = b""
    if encrypt:
        enc = add(b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + b"11" * 32
                  + b"> /U <" + b"22" * 32 + b"> >>")
        extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (enc, b"ab" * 16, b"ab" * 16)
    return serialise(objects, b"/Root 1 0 R" + extra)


def minutes_pdf(rng: random.Random, pages: int) -> bytes:
    """A long PDF of minutes-like pages, each with a ruled table."""
    return pdf_bytes([_page_stream(rng, n) for n in range(1, pages + 1)])


# ---------------------------------------------------------------- corpus and run

def make_corpus(folder: str | Path, docs: int = 1000, words: int = 1500, pages: int = 200,
                seed: int = 2024) -> tuple[Path, Path]:
    """Write the corpus into ``folder`` (reused when already there); (text folder, PDF path)."""
    folder = Path(folder)
    stamp = folder / "corpus.json"
    params = {"generator": GENERATOR, "docs": docs, "words": words, "pages": pages, "seed": seed}
    text_dir, pdf_path = folder / "text", folder / "pdf" / f"minutes-{pages}-pages.pdf"
    if stamp.exists() and json.loads(stamp.read_text()) == params and pdf_path.exists():
        return text_dir, pdf_path
    shutil.rmtree(folder, ignore_errors=True)
    text_dir.mkdir(parents=True)
    pdf_path.parent.mkdir(parents=True)
    rng = random.Random(seed)
    for k in range(docs):
        (text_dir / f"minutes-{k:05d}.txt").write_text(minutes_text(rng, words), encoding="utf-8")
    pdf_path.write_bytes(minutes_pdf(rng, pages))
    stamp.write_text(json.dumps(params))
    return text_dir, pdf_path


_WORD = re.compile(r"\w+")


def regex_floor(text_dir: Path) -> tuple[float, int]:
    """Seconds and words for a compiled-regex word scan of every text file (one process)."""
    t = time.perf_counter()
    words = 0
    for f in sorted(text_dir.iterdir()):
        words += len(_WORD.findall(f.read_bytes().decode("utf-8")))
    return time.perf_counter() - t, words


def pdfium_floor(pdf: Path) -> tuple[float, int]:
    import pypdfium2 as pdfium

    t = time.perf_counter()
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    for i in range(n):
        page = doc[i]
        tp = page.get_textpage()
        tp.get_text_range()
        tp.close()
        page.close()
    doc.close()
    return time.perf_counter() - t, n


def pdfplumber_floor(pdf: Path) -> tuple[float, int]:
    import pdfplumber

    t = time.perf_counter()
    with pdfplumber.open(str(pdf)) as doc:
        n = len(doc.pages)
        for page in doc.pages:
            page.extract_text()
            page.close()
    return time.perf_counter() - t, n


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _load() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):
        return None


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reader_alone(pdf: Path) -> tuple[float, int]:
    """Seconds and pages for the project's PDF reader alone (no pipeline stages)."""
    from .readers import read_path

    t = time.perf_counter()
    src = read_path(pdf)
    return time.perf_counter() - t, src.pages or 0


def run(folder: str | Path, workers: int = 2, docs: int = 1000, words: int = 1500,
        pages: int = 200, seed: int = 2024, budget: float = 240.0, log=print) -> dict:
    """Generate (or reuse) the corpus, measure, and return the report.

    The PDF run gets what is left of ``budget`` seconds (at least 30): past
    that it is stopped and reported as not finished, with the rate it could
    at best have had, so that the whole bench stays within a few minutes.
    """
    from .extract import extract_paths
    from .readers import Limits

    start = time.perf_counter()
    text_dir, pdf = make_corpus(folder, docs, words, pages, seed)
    log(f"corpus: {docs} text documents, one {pages}-page PDF in {folder} "
        f"({time.perf_counter() - start:.1f} s)")
    report: dict = {"workers": workers, "load_average_before": _load(),
                    "corpus": {"docs": docs, "words_per_doc": words, "pdf_pages": pages, "seed": seed}}
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        t, c = time.perf_counter(), _cpu()
        s = extract_paths([text_dir], Path(tmp) / "text", workers=workers, use_cache=False)
        dt, dc = time.perf_counter() - t, _cpu() - c
        report["text"] = {"seconds": round(dt, 2), "cpu_seconds": round(dc, 2), "documents": s.documents,
                          "failures": s.failures, "words": s.words,
                          "documents_per_s": round(s.documents / dt, 1), "words_per_s": round(s.words / dt),
                          "words_per_cpu_s": round(s.words / max(dc, 1e-9))}
        peaks.append(sum(s.worker_peak_kb) / 1024)
        log(f"text pipeline: {s.documents} docs, {s.words} words in {dt:.1f} s")
        allowed = max(30.0, budget - (time.perf_counter() - start))
        t, c = time.perf_counter(), _cpu()
        s = extract_paths([pdf], Path(tmp) / "pdf", workers=workers, use_cache=False,
                          limits=Limits(max_seconds=allowed))
        dt, dc = time.perf_counter() - t, _cpu() - c
        finished = not s.failures
        report["pdf"] = {"seconds": round(dt, 2), "cpu_seconds": round(dc, 2), "pages": s.pages if finished else pages,
                         "finished": finished, "time_allowed": round(allowed),
                         "pages_per_s": round((s.pages if finished else pages) / dt, 1),
                         "pages_per_cpu_s": round((s.pages if finished else pages) / max(dc, 1e-9), 1)}
        peaks.append(sum(s.worker_peak_kb) / 1024)
        log(f"pdf pipeline: {s.pages} pages in {dt:.1f} s" if finished else
            f"pdf pipeline: not finished in {allowed:.0f} s (under {pages / dt:.1f} pages/s)")
    main_mb = _rss_mb()
    report["memory"] = {"main_process_mb": round(main_mb), "workers_mb": round(max(peaks)),
                        "peak_memory_mb": round(main_mb + max(peaks))}
    dt, n = regex_floor(text_dir)
    report["floors"] = {"regex_words_per_s": round(n / dt)}
    dt, n = pdfium_floor(pdf)
    report["floors"]["pypdfium2_pages_per_s"] = round(n / dt, 1)
    dt, n = pdfplumber_floor(pdf)
    report["floors"]["pdfplumber_pages_per_s"] = round(n / dt, 1)
    dt, n = reader_alone(pdf)
    report["pdf"]["reader_alone_pages_per_s"] = round(n / dt, 1)
    log(f"floors and PDF reader alone measured; total {time.perf_counter() - start:.0f} s")
    f = report["floors"]
    report["ratios"] = {
        "text_to_regex": round(report["text"]["words_per_s"] / f["regex_words_per_s"], 4),
        "pdf_to_pypdfium2": round(report["pdf"]["pages_per_s"] / f["pypdfium2_pages_per_s"], 4),
        "pdf_to_pdfplumber": round(report["pdf"]["pages_per_s"] / f["pdfplumber_pages_per_s"], 4),
    }
    report["targets"] = {
        "text_words_per_s": {"target": TARGETS["text_words_per_s"], "measured": report["text"]["words_per_s"],
                             "met": report["text"]["words_per_s"] >= TARGETS["text_words_per_s"]},
        "pdf_pages_per_s": {"target": TARGETS["pdf_pages_per_s"], "measured": report["pdf"]["pages_per_s"],
                            "met": finished and report["pdf"]["pages_per_s"] >= TARGETS["pdf_pages_per_s"]},
        "peak_memory_mb": {"target": TARGETS["peak_memory_mb"], "measured": report["memory"]["peak_memory_mb"],
                           "met": report["memory"]["peak_memory_mb"] < TARGETS["peak_memory_mb"]},
    }
    report["seconds"] = round(time.perf_counter() - start, 1)
    return report


def render(report: dict) -> str:
    """The report as a short table."""
    t, p, m, f, r = (report[k] for k in ("text", "pdf", "memory", "floors", "ratios"))
    rows = [
        ("text: documents/s", f"{t['documents_per_s']:,}", ""),
        ("text: words/s", f"{t['words_per_s']:,}",
         f"{t['words_per_cpu_s']:,} per CPU-second; regex floor {f['regex_words_per_s']:,} (ratio {r['text_to_regex']:.3f})"),
        ("pdf: pages/s" + ("" if p["finished"] else f" (NOT finished in {p['time_allowed']} s: at most)"),
         f"{p['pages_per_s']:,}",
         f"{p['pages_per_cpu_s']:,} per CPU-second; reader alone {p['reader_alone_pages_per_s']:,}; pypdfium2 {f['pypdfium2_pages_per_s']:,} (ratio {r['pdf_to_pypdfium2']:.3f}); "
         f"pdfplumber {f['pdfplumber_pages_per_s']:,} (ratio {r['pdf_to_pdfplumber']:.3f})"),
        ("peak memory (MB, all processes)", f"{m['peak_memory_mb']:,}",
         f"main {m['main_process_mb']} + workers {m['workers_mb']}"),
    ]
    width = max(len(a) for a, _, _ in rows)
    out = [f"bench with {report['workers']} workers, {report['seconds']} s in all "
           f"(load average before: {report['load_average_before']})"]
    out += [f"  {a:<{width}}  {b:>10}  {c}" for a, b, c in rows]
    out.append("targets:")
    for name, v in report["targets"].items():
        out.append(f"  {name}: {'met' if v['met'] else 'NOT met'} ({v['measured']:,} vs {v['target']:,})")
    return "\n".join(out)
