#!/usr/bin/env python3
"""Make the demo corpus's mis-encoded (mojibake) text file.

Reads the clean UTF-8 source in this folder and writes what a broken web
site shows when it serves UTF-8 bytes but labels (or reads) them as
Windows-1252: every UTF-8 byte is decoded as one Windows-1252 character,
so ’ becomes â€™, “ becomes â€œ, – becomes â€“, é becomes Ã©, ə becomes É™.

Bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
are passed through as the C1 control characters U+0081 ... U+009D, which
is what browsers do (WHATWG "windows-1252"). The closing quote ” is
E2 80 9D in UTF-8, so it becomes "â€" followed by an invisible U+009D.

The result is saved as UTF-8 in ../corpus/. Run from any directory:
    python3 demo/mojibake/make_mojibake.py
The source file is the expected output of a correct mojibake repair.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "qafqazmonitor-az-mod-refutes-2024-05-14.utf8.txt"
DST = HERE.parent / "corpus" / "qafqazmonitor-az-mod-refutes-2024-05-14.txt"


def cp1252_lenient(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)  # undefined in Windows-1252: browsers give the C1 control


def mojibake(text: str) -> str:
    return "".join(cp1252_lenient(b) for b in text.encode("utf-8"))


def main() -> None:
    text = SRC.read_text(encoding="utf-8")
    bad = mojibake(text)
    # Sanity check: the damage is exactly reversible.
    rev = {cp1252_lenient(b): b for b in range(256)}
    assert bytes(rev[c] for c in bad).decode("utf-8") == text
    DST.write_text(bad, encoding="utf-8", newline="\n")
    print(f"wrote {DST} ({len(bad)} characters, {len(text)} in the source)")


if __name__ == "__main__":
    main()
