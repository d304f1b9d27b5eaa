#!/usr/bin/env python3
"""Writes the byte-level cases of broken/units/ that an editor cannot be trusted to keep:
a TIS-620 file, a Windows-874 file, a UTF-16 file (all accepted with warning PP102) and a
file with a byte that is valid in no supported encoding (error PP101 on the marked line).

Run from Tests/Fixtures/e2e/:  python3 make-encoded-cases.py
The markers are ASCII, so EndToEndTests reads them whatever the encoding.
"""
import os

UNITS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "broken", "units")


def unit(uid, desc, name, marker_line=""):
    return f"""# {desc}
# expect-file: {marker_line}
format: planpress/unit-report/1
fiscal_year: 2569
unit:
  id: {uid}
  name: {name}
  affiliation: obec
submitted_on: 2569-10-15
projects:
  - id: X01
    name: โครงการพัฒนาทักษะการอ่าน
    strategies: [SPE.S1.1]
    status: ongoing
    budget: {{ allocated: 1000, spent: 500 }}
    indicators:
      - {{ name: จำนวนนักเรียนที่ได้รับการพัฒนา, unit: คน, target: 10, actual: 5 }}
"""


def write(name, data):
    with open(os.path.join(UNITS, name), "wb") as f:
        f.write(data)


# TIS-620: only Thai letters above 0x7F.
write("tis620.yaml", unit("tis620", "saved as TIS-620 (warning only)", "โรงเรียนบ้านทดสอบ", "PP102 ~ TIS-620").encode("cp874"))

# Windows-874: Thai plus the Microsoft curly quotes (0x93, 0x94).
write("windows874.yaml", unit("windows874", "saved as Windows-874 (warning only)", "โรงเรียน “ทดสอบ”", "PP102 ~ Windows-874").encode("cp874"))

# UTF-16 little endian with a byte-order mark.
write("utf16.yaml", unit("utf16", "saved as UTF-16 (warning only)", "โรงเรียนยูทีเอฟสิบหก", "PP102 ~ UTF-16").encode("utf-16"))

# UTF-8 Thai with one stray 0xFF: valid in none of UTF-8, UTF-16, TIS-620, Windows-874.
text = unit("invalid-bytes", "UTF-8 with one stray byte (error PP101 on the marked line)", "โรงเรียนไบต์เสีย@@", "none")
text = text.replace("# expect-file: none\n", "")
data = text.encode("utf-8").replace("@@".encode(), b"\xff  # expect: PP101")
write("invalid-bytes.yaml", data)
