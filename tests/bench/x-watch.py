#!/usr/bin/env python3
"""Helpers for responsiveness.sh, each run as its own process so neither waits for the other.

  x-watch.py grab SECONDS OUT      grabs the whole X screen ($DISPLAY) in a loop with XGetImage
                                   (libX11 through ctypes: a few ms a grab, where xwd takes tens),
                                   writing "EPOCH_NS_BEFORE EPOCH_NS_AFTER HASH" a line to OUT
  x-watch.py tail SECONDS LOG OUT  polls the app's --event-log every millisecond and writes
                                   "EPOCH_NS LINE" for every line as it appears
"""
import ctypes
import ctypes.util
import hashlib
import sys
import time


def grab(seconds, out):
    x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XGetImage.restype = ctypes.c_void_p
    x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                              ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XDisplayWidth.argtypes = x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("x-watch: cannot open the display")
    root = x11.XDefaultRootWindow(display)
    width, height = x11.XDisplayWidth(display, 0), x11.XDisplayHeight(display, 0)
    rows = []
    until = time.time_ns() + int(seconds * 1e9)
    while True:
        before = time.time_ns()
        if before >= until:
            break
        image = x11.XGetImage(display, root, 0, 0, width, height, 0xFFFFFFFF, 2)  # ZPixmap
        after = time.time_ns()
        # XImage: int width, height, xoffset, format; char *data; ... int bytes_per_line (at 44).
        data = ctypes.c_void_p.from_address(image + 16).value
        stride = ctypes.c_int.from_address(image + 44).value
        digest = hashlib.blake2b(ctypes.string_at(data, stride * height), digest_size=8).hexdigest()
        x11.XFree(data)
        x11.XFree(image)
        rows.append(f"{before} {after} {digest}")
    with open(out, "w") as f:
        f.write("\n".join(rows) + "\n")


def tail(seconds, log, out):
    rows = []
    pending = b""
    until = time.time_ns() + int(seconds * 1e9)
    with open(log, "rb") as f:
        while time.time_ns() < until:
            chunk = f.read()
            if chunk:
                now = time.time_ns()
                pending += chunk
                *lines, pending = pending.split(b"\n")
                rows.extend(f"{now} {line.decode()}" for line in lines)
            else:
                time.sleep(0.001)
    with open(out, "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "grab":
        grab(float(sys.argv[2]), sys.argv[3])
    elif sys.argv[1] == "tail":
        tail(float(sys.argv[2]), sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
