"""Benchmark: build generated corpora and print the throughput issue's figures.

Usage: ``python scripts/bench.py [--sizes 2000,12000] [--rss-sizes 10000,100000] [--work DIR]``
(``make bench``; ``make bench BENCH_SIZES=... BENCH_RSS=...``).

Prints, from one run: the marginal rate (articles/s) between the smallest and largest of
``--sizes``, the bare one-pass regex scan of the same files and the ratio, the peak RSS of
a build at each of ``--rss-sizes``, the seed build's wall time (with start-up), the
no-change rebuild's time, the extraction time of one long page at 100 and 400 sentences
reporting its event (linear is four times as long), and the ten costliest functions of
processing (cProfile).

Articles are generated from templates of every event kind, date form and position, with
names drawn from family and given names and provinces from the reference list, then
sentences sampled from the seed articles: no two are near-duplicates.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "raw").glob("*.txt"))
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]
GIVEN = ["Văn An", "Thị Bình", "Quang Cường", "Thu Dung", "Minh Đức", "Hồng Hà", "Thanh Sơn"]
PROVINCES = ["Nghệ An", "Bắc Giang", "Quảng Ninh", "Cần Thơ", "Gia Lai", "Thanh Hóa", "Huế"]
TITLES = [
    "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh",
    "Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương",
    "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",
    "Phó Chủ tịch UBND tỉnh",
]
DATES = ["Sáng {d}/{m}", "Chiều {d}-{m}", "Ngày {d} tháng {m}", "Sáng nay ({d}/{m})"]
LEADS = [
    "{date}, tại {prov}, Liên hiệp các tổ chức hữu nghị tỉnh {prov} tổ chức Hội nghị tổng kết "
    "công tác đối ngoại nhân dân năm {y}, triển khai nhiệm vụ năm {y1}.",
    "{date}, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối ngoại nhân dân "
    "năm {y}.",
    "{date}, Hội hữu nghị Việt Nam - Lào tỉnh {prov} tổ chức Đại hội lần thứ {n}, nhiệm kỳ "
    "{y}-{y5}.",
    "{date}, Liên hiệp các tổ chức hữu nghị tỉnh {prov} tổ chức Lễ kỷ niệm {n0} năm ngày "
    "truyền thống.",
    "{date}, tại Hà Nội, {title} {name} đã trao Huân chương Hữu nghị cho đoàn {prov}.",
    "{date}, Sở Ngoại vụ tỉnh {prov} tổ chức buổi giao lưu hữu nghị với đoàn Campuchia.",
    "{date}, Ban Bí thư tổ chức Hội nghị toàn quốc về công tác đối ngoại nhân dân năm {y}.",
    "Quan hệ hữu nghị giữa nhân dân {prov} và nhân dân các nước tiếp tục phát triển năm {y}.",
]
YEAR = re.compile(r"\b(20[12]\d)\b")
SCAN = re.compile(r"Hội nghị|Chỉ thị|\d{1,2}/\d{1,2}(?:/\d{4})?|đại biểu")


def seed_sentences() -> list[str]:
    """Every sentence of every seed (long enough to carry content)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 40]


def make_article(sentences: list[str], index: int, rng: random.Random) -> str:
    """A distinct article: a lead of one of the event kinds (or none), people, a body."""
    year = 2010 + index % 16
    values = {
        "date": rng.choice(DATES).format(d=1 + index % 28, m=1 + index % 12),
        "prov": rng.choice(PROVINCES),
        "y": year,
        "y1": year + 1,
        "y5": year + 5,
        "n": rng.choice(["II", "III", "IV", "V"]),
        "n0": 10 + index % 60,
        "title": rng.choice(TITLES),
        "name": f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}",
    }
    lead = LEADS[index % len(LEADS)].format(**values)
    person = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
    guests = (
        f"Dự hội nghị có đồng chí {person}, {rng.choice(TITLES)}. Hơn {100 + index % 400} "
        f"đại biểu đã tham dự. Bài số {index}."
    )
    body = [YEAR.sub(str(year), s) for s in rng.sample(sentences, k=min(len(sentences), 18))]
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    return "\n\n".join([lead, guests, *paragraphs])


def generate(folder: Path, size: int) -> None:
    """Write ``size`` articles into ``folder`` (deterministic)."""
    rng = random.Random(size)
    folder.mkdir(parents=True, exist_ok=True)
    sentences = seed_sentences()
    for i in range(size):
        (folder / f"{i:07d}.txt").write_text(make_article(sentences, i, rng), encoding="utf-8")


# Runs a command and prints the peak RSS (KiB) of its largest process: a fresh parent per
# build, because RUSAGE_CHILDREN's maximum never goes down within one process.
MEASURE = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed_build(raw: Path, out: Path, engine: str = "local") -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, largest process) of one ``dnnd build``."""
    build = [sys.executable, "-m", "dnnd_data.cli", "build", "--raw", str(raw)]
    build += ["--out", str(out), "--engine", engine]
    start = time.perf_counter()
    measured = subprocess.run(
        [sys.executable, "-c", MEASURE, *build], check=False, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    if measured.returncode != 0:
        # The build's own message, not only "exit status 1".
        raise SystemExit(f"build of {raw} failed:\n{measured.stderr[-3000:]}")
    return wall, int(measured.stdout.split()[-1]) / 1024


def regex_scan(raw: Path) -> float:
    """Seconds for a bare one-pass regex scan of every file: the floor to compare with."""
    start = time.perf_counter()
    hits = 0
    for path in sorted(raw.iterdir()):
        hits += len(SCAN.findall(path.read_text(encoding="utf-8")))
    return time.perf_counter() - start


def costliest(raw: Path, n: int = 400) -> str:
    """The ten costliest functions (own time) of processing ``n`` articles, cProfile."""
    sys.path.insert(0, str(ROOT / "src"))
    from dnnd_data.ingest.discover import discover_raw  # noqa: PLC0415
    from dnnd_data.pipeline.process import process_batch  # noqa: PLC0415
    from dnnd_data.settings import Settings  # noqa: PLC0415

    refs = list(discover_raw(raw).refs)[:n]
    settings = Settings(cache_dir=None)
    process_batch(refs[:5], settings)  # lexicons and patterns loaded outside the profile
    profile = cProfile.Profile()
    profile.runcall(process_batch, refs, settings)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(10)
    return out.getvalue()


def long_page_seconds(reports: int) -> float:
    """Seconds to extract one page whose ``reports`` sentences report one meeting, its
    association named by its bare head ("Sáng 5/1/2024, Hội tổ chức Hội nghị ..."): a
    cost that grows with the page, not with the square of its reports."""
    sys.path.insert(0, str(ROOT / "src"))
    from dnnd_data.extract.facts import extract_text  # noqa: PLC0415
    from dnnd_data.normalize.text import normalize_str  # noqa: PLC0415

    text = normalize_str(
        " ".join(
            f"Sáng 5/1/2024, Hội tổ chức Hội nghị tổng kết công tác năm 2023 với {i + 50} hội viên."
            for i in range(reports)
        )
    )
    extract_text("page", text[:200])  # lexicons loaded outside the timing
    start = time.perf_counter()
    extract_text("page", text)
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2000,12000")
    parser.add_argument("--rss-sizes", default="10000,100000")
    parser.add_argument("--work", type=Path, default=ROOT / "bench-out")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rss_sizes = [int(s) for s in args.rss_sizes.split(",") if s]
    shutil.rmtree(args.work, ignore_errors=True)
    seed_wall, _ = timed_build(ROOT / "raw", args.work / "out-seeds", engine="prefect")
    rerun, _ = timed_build(ROOT / "raw", args.work / "out-seeds", engine="prefect")
    print(f"seed build (Prefect engine, with start-up): {seed_wall:.1f} s")
    print(f"no-change rebuild of the seeds: {rerun:.2f} s")
    rows = []
    for size in sorted(set(sizes) | set(rss_sizes)):
        raw = args.work / f"raw-{size}"
        generate(raw, size)
        wall, rss = timed_build(raw, args.work / f"out-{size}")
        scan = regex_scan(raw)
        rows.append((size, wall, rss, scan))
        print(
            f"{size:>8} articles: build {wall:7.1f} s, peak RSS {rss:6.0f} MiB, "
            f"bare scan {size / scan:7.0f} articles/s",
            flush=True,
        )
    by_size = {size: (wall, scan) for size, wall, _, scan in rows}
    if len(sizes) > 1:
        low, high = min(sizes), max(sizes)
        marginal = (high - low) / (by_size[high][0] - by_size[low][0])
        scan_rate = high / by_size[high][1]
        print(
            f"marginal throughput {low}->{high}: {marginal:.0f} articles/s; bare scan "
            f"{scan_rate:.0f} articles/s; ratio {marginal / scan_rate:.1%}"
        )
    short, long = long_page_seconds(100), long_page_seconds(400)
    print(
        f"one page of 100 / 400 reports: {short * 1000:.0f} / {long * 1000:.0f} ms "
        f"(x{long / short:.1f}; linear is x4)"
    )
    print("ten costliest functions (cProfile, processing 400 articles):")
    print(costliest(args.work / f"raw-{min(sizes)}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
