"""Benchmark: generate corpora from the seeds and time the in-process build.

Usage: ``python scripts/bench.py [--sizes 200,1000,3000,10000] [--work DIR]`` (``make bench``;
``make bench BENCH_SIZES=10000,100000`` for other sizes).

For each size N it writes N distinct articles derived from the seeds (a lead naming a
conference of a shifted year, then sentences sampled from all seeds in a new order, varied
names and numbers: distinct enough that none is a near-duplicate of another), then runs
``dnnd build --engine local`` in a fresh process and reports wall seconds, peak RSS, a
no-change rerun, a rerun after 1% of the articles changed (the per-article cache at
work), and a bare one-pass regex scan of the same files as the reference.
Marginal throughput is the slope between the smallest and largest size, so fixed start-up
cost (imports, GX) is reported separately.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "raw").glob("*.txt"))
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Thu Dung", "Hoàng Minh Đức"]
YEAR = re.compile(r"\b(20[12]\d)\b")
SCAN = re.compile(r"Hội nghị|Chỉ thị|\d{1,2}/\d{1,2}(?:/\d{4})?|đại biểu")


def seed_sentences() -> list[str]:
    """Every sentence of every seed (long enough to carry content)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 40]


def make_article(sentences: list[str], index: int, rng: random.Random) -> str:
    """A distinct article: a lead for a review of a shifted year, then sampled sentences."""
    year = 2010 + index % 16
    name = NAMES[index % len(NAMES)]
    lead = (
        f"Sáng {1 + index % 28}/1, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối "
        f"ngoại nhân dân năm {year}, triển khai nhiệm vụ năm {year + 1}. "
        f"Hơn {100 + index % 400} đại biểu đã tham dự. Đồng chí {name}, Ủy viên Trung ương Đảng, "
        f"Trưởng Ban Đối ngoại Trung ương chủ trì hội nghị số {index}."
    )
    body = rng.sample(sentences, k=min(len(sentences), 24))
    body = [YEAR.sub(str(year), s) for s in body]
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    return "\n\n".join([lead, *paragraphs])


def generate(folder: Path, size: int) -> None:
    """Write ``size`` articles into ``folder`` (deterministic)."""
    rng = random.Random(size)
    folder.mkdir(parents=True, exist_ok=True)
    sentences = seed_sentences()
    for i in range(size):
        (folder / f"{i:07d}.txt").write_text(make_article(sentences, i, rng), encoding="utf-8")


def touch_one_percent(raw: Path) -> None:
    """Append a sentence to every 100th article: what a week of corrections looks like."""
    for path in sorted(raw.iterdir())[::100]:
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\nBài viết được cập nhật thêm thông tin.\n")


# Runs a command and prints the peak RSS (KiB) of its largest process: a fresh parent per
# build, because RUSAGE_CHILDREN's maximum never goes down within one process.
MEASURE = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed_build(raw: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, largest process) of one ``dnnd build --engine
    local``."""
    build = [sys.executable, "-m", "dnnd_data.cli", "build", "--raw", str(raw)]
    build += ["--out", str(out), "--engine", "local"]
    start = time.perf_counter()
    measured = subprocess.run(
        [sys.executable, "-c", MEASURE, *build], check=True, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    return wall, int(measured.stdout.split()[-1]) / 1024


def regex_scan(raw: Path) -> float:
    """Seconds for a bare one-pass regex scan of every file: the floor to compare with."""
    start = time.perf_counter()
    hits = 0
    for path in sorted(raw.iterdir()):
        hits += len(SCAN.findall(path.read_text(encoding="utf-8")))
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="200,1000,3000,10000")
    parser.add_argument("--work", type=Path, default=ROOT / "bench-out")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shutil.rmtree(args.work, ignore_errors=True)
    rows = []
    for size in sizes:
        raw, out = args.work / f"raw-{size}", args.work / f"out-{size}"
        generate(raw, size)
        wall, rss = timed_build(raw, out)
        rerun, _ = timed_build(raw, out)
        touch_one_percent(raw)
        incremental, _ = timed_build(raw, out)
        rows.append((size, wall, rerun, incremental, rss, regex_scan(raw)))
    header = ("articles", "build s", "rerun s", "1% new s", "peak MiB", "art/s", "scan art/s")
    print("".join(f"{h:>11}" for h in header))
    for size, wall, rerun, incremental, rss, scan in rows:
        cells = (f"{size}", f"{wall:.2f}", f"{rerun:.2f}", f"{incremental:.2f}", f"{rss:.0f}")
        print("".join(f"{c:>11}" for c in (*cells, f"{size / wall:.0f}", f"{size / scan:.0f}")))
    if len(rows) > 1:
        (n0, w0, *_), (n1, w1, *_) = rows[0], rows[-1]
        marginal = (n1 - n0) / (w1 - w0)
        fixed = w0 - n0 / marginal
        print(f"marginal throughput: {marginal:.0f} articles/s; fixed start-up: {fixed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
