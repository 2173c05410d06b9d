"""Typed records of the article tables: articles, boilerplate lines, quarantine.

Takes: nothing. Gives: pydantic models whose fields carry English and Vietnamese
descriptions; every schema artefact is generated from them (see :mod:`dnnd_data.schema.export`)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from dnnd_data.schema.base import ARTICLE_ID_PATTERN, SHA256_PATTERN, Record, col


class Stage(StrEnum):
    """Pipeline stage where a file or record was set aside."""

    INGEST = "ingest"
    NORMALIZE = "normalize"
    EXTRACT = "extract"
    VALIDATE = "validate"


class QuarantineReason(StrEnum):
    """Why a raw file (or record) did not become a row. README lists each one."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    TOO_SLOW = "too_slow"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    UNREADABLE = "unreadable"
    SYMLINK = "symlink"
    SPECIAL_FILE = "special_file"
    HIDDEN = "hidden"
    ORPHAN_SIDECAR = "orphan_sidecar"
    INVALID_SIDECAR = "invalid_sidecar"
    NOT_VIETNAMESE = "not_vietnamese"
    NO_TEXT = "no_text_after_cleaning"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near_duplicate"
    INVALID_RECORD = "invalid_record"


QUARANTINE_REASON_HELP: dict[QuarantineReason, str] = {
    QuarantineReason.EMPTY: "the file has no bytes, or only white space",
    QuarantineReason.TOO_LARGE: "the file is larger than DNND_MAX_FILE_BYTES (default 20 MiB)",
    QuarantineReason.TOO_SLOW: "normalizing and extracting the file took longer than "
    "DNND_MAX_FILE_SECONDS (default 60 s)",
    QuarantineReason.BINARY: "the file holds NUL or other control bytes: not text",
    QuarantineReason.UNDECODABLE: "the bytes are not UTF-8 (nor UTF-16/UTF-8 with a BOM)",
    QuarantineReason.UNREADABLE: "the operating system refused to read the file",
    QuarantineReason.SYMLINK: "a symbolic link: never followed, so nothing outside raw/ is read",
    QuarantineReason.SPECIAL_FILE: "a FIFO, socket or device: not a file to read (never waited on)",
    QuarantineReason.HIDDEN: "a hidden file or folder (name starts with '.'): not read; a folder "
    "is one row, not entered",
    QuarantineReason.ORPHAN_SIDECAR: "a .meta.json sidecar with no article of the same name",
    QuarantineReason.INVALID_SIDECAR: "a sidecar that is not valid metadata: its article is "
    "kept without it",
    QuarantineReason.NOT_VIETNAMESE: "too few Vietnamese letters to be a Vietnamese article",
    QuarantineReason.NO_TEXT: "nothing but boilerplate was left after cleaning",
    QuarantineReason.DUPLICATE: "same normalized text as another file (the first path wins)",
    QuarantineReason.NEAR_DUPLICATE: "almost the same text as another article (shared 5-word "
    "shingles at or above DNND_NEAR_DUPLICATE, default 0.9; the first path wins)",
    QuarantineReason.INVALID_RECORD: "a record failed its pydantic model",
}


class Article(Record):
    """One cleaned news article."""

    article_id: str = col(
        "Stable id: 'a_' + first 16 hex digits of sha256 of the normalized text.",
        "Mã ổn định: 'a_' + 16 ký tự hex đầu của sha256 văn bản đã chuẩn hóa.",
        pattern=ARTICLE_ID_PATTERN,
    )
    source_path: str = col(
        "Path of the raw file, relative to the raw folder, with '/' separators.",
        "Đường dẫn tệp gốc, tương đối so với thư mục raw, phân cách bằng '/'.",
        min_length=1,
    )
    raw_sha256: str = col(
        "sha256 of the raw file's bytes.",
        "sha256 của các byte trong tệp gốc.",
        pattern=SHA256_PATTERN,
    )
    raw_bytes: int = col("Size of the raw file in bytes.", "Kích thước tệp gốc (byte).", gt=0)
    encoding: str = col(
        "Encoding the raw bytes were decoded with.",
        "Bảng mã dùng để giải mã tệp gốc.",
    )
    source_format: str = col(
        "'text', or 'html' when the article text was taken out of an HTML page.",
        "'text', hoặc 'html' nếu văn bản được lấy từ trang HTML.",
        pattern=r"^(?:text|html)$",
    )
    outlet: str | None = col(
        "Outlet tag found in the text, e.g. 'TBTCO'; null if none.",
        "Ký hiệu cơ quan báo chí trong bài, ví dụ 'TBTCO'; null nếu không có.",
    )
    outlet_name: str | None = col(
        "The outlet: from the sidecar, else the URL's host, else the text's tag (through the "
        "outlet lexicon); null if unknown.",
        "Cơ quan báo chí: theo tệp siêu dữ liệu, tên miền của URL, hoặc ký hiệu trong bài.",
    )
    title: str | None = col(
        "Headline: the sidecar's, else the saved page's, else the first line when it looks "
        "like one; null otherwise.",
        "Tiêu đề: theo tệp siêu dữ liệu, theo trang HTML, hoặc dòng đầu nếu giống tiêu đề.",
    )
    url: str | None = col(
        "Where the article was published (its sidecar's URL, else the saved page's canonical "
        "URL); null if not given.",
        "Địa chỉ bài báo (theo tệp siêu dữ liệu hoặc địa chỉ chuẩn của trang HTML).",
    )
    published_on: date | None = col(
        "Publication date (its sidecar's, else the saved page's <meta>/JSON-LD date, else "
        "the date its URL states: /2024/12/13/, -20231213094512.htm); the extractor anchors "
        "years on it.",
        "Ngày đăng (theo tệp siêu dữ liệu, thẻ meta của trang, hoặc ngày ghi trong URL); dùng "
        "để xác định năm.",
    )
    metadata_source: str | None = col(
        "Where url, published_on and title came from: 'sidecar' (a <name>.meta.json file, or "
        "YAML front matter opening a text file; the file wins), 'page' (the saved HTML's "
        "markup, read with trafilatura) or 'sidecar+page' (the sidecar wins); null if none.",
        "Nguồn siêu dữ liệu: 'sidecar', 'page' (thẻ của trang HTML) hoặc 'sidecar+page'.",
        pattern=r"^(?:sidecar|page|sidecar\+page)$",
    )
    sidecar_path: str | None = col(
        "The metadata sidecar read with the article (<name>.meta.json), relative to raw/.",
        "Tệp siêu dữ liệu đi kèm bài (<tên>.meta.json).",
    )
    sidecar_sha256: str | None = col(
        "sha256 of the sidecar's bytes.", "sha256 của tệp siêu dữ liệu.", pattern=SHA256_PATTERN
    )
    language: str = col("ISO 639-1 language code.", "Mã ngôn ngữ ISO 639-1.", pattern=r"^vi$")
    text: str = col(
        "Clean text: normalized, boilerplate removed. Spans in other tables index it.",
        "Văn bản sạch: đã chuẩn hóa, bỏ phần thừa. Vị trí ở các bảng khác trỏ vào đây.",
        min_length=1,
    )
    n_chars: int = col("Length of text in characters.", "Độ dài văn bản (ký tự).", gt=0)
    n_paragraphs: int = col("Number of non-empty lines in text.", "Số đoạn văn.", gt=0)
    boilerplate_lines_removed: int = col(
        "Number of raw lines removed as boilerplate (see boilerplate_lines).",
        "Số dòng thừa đã bỏ (xem bảng boilerplate_lines).",
        ge=0,
    )
    normalization_edits: int = col(
        "Number of character-level normalizations applied (tone marks, typos, spaces...).",
        "Số lần chuẩn hóa ở mức ký tự (dấu thanh, lỗi gõ, khoảng trắng...).",
        ge=0,
    )
    read_for_facts: bool = col(
        "False when the article names no foreign country or city and writes no word of "
        "people's diplomacy or foreign relations (the list in extract/lexicons/topic.yaml): "
        "it is kept, but no event, person, organization or document is read from it.",
        "False nếu bài không nhắc đến nước ngoài hay từ nào về đối ngoại, hữu nghị...: bài "
        "được giữ lại nhưng không trích xuất sự kiện, người, tổ chức, văn bản.",
        default=True,
    )
    offset_map_clean: list[int] = col(
        "Offset map, clean side: anchor positions in text (see offset_map_raw).",
        "Bảng ánh xạ vị trí, phía văn bản sạch: các mốc trong text.",
    )
    offset_map_raw: list[int] = col(
        "Offset map, raw side: the raw character offset of each clean anchor; a clean "
        "position p maps to raw[i] + (p - clean[i]) for the last anchor clean[i] <= p.",
        "Phía văn bản gốc: vị trí ký tự gốc của mỗi mốc; vị trí p ánh xạ thành "
        "raw[i] + (p - clean[i]) với mốc cuối clean[i] <= p.",
    )


class BoilerplateLine(Record):
    """A raw line removed from an article, and the rule that removed it."""

    article_id: str = col("Article the line came from.", "Bài báo chứa dòng này.")
    line_no: int = col("1-based line number in the raw file.", "Số dòng trong tệp gốc.", ge=1)
    rule: str = col("Name of the boilerplate rule.", "Tên quy tắc loại bỏ.")
    text: str = col("The removed text.", "Nội dung đã bỏ.")
    raw_start: int = col("Start offset in the raw text.", "Vị trí bắt đầu trong văn bản gốc.", ge=0)
    raw_end: int = col("End offset in the raw text.", "Vị trí kết thúc trong văn bản gốc.", ge=0)


class QuarantineRecord(Record):
    """A raw file or record that did not make it into the dataset, and why."""

    source_path: str = col(
        "Raw file, relative to the raw folder.", "Tệp gốc, tương đối so với thư mục raw."
    )
    reason: QuarantineReason = col("Machine-readable reason.", "Lý do (mã máy đọc).")
    detail: str = col("What exactly was wrong.", "Chi tiết lỗi.", min_length=1)
    stage: Stage = col("Pipeline stage that set it aside.", "Giai đoạn loại ra.")
    raw_sha256: str | None = col(
        "sha256 of the raw bytes, when they could be read.",
        "sha256 của tệp gốc nếu đọc được.",
    )
    raw_bytes: int | None = col("Size in bytes, when known.", "Kích thước (byte) nếu biết.")
