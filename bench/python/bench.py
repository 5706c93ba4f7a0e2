"""The CPython contender: the same workloads with the standard socket module.

Usage and output are those of bench/c/bench.c (see bench/README.md); it can
also be the peer (echo, acceptor, sender, receiver) when gcc is missing. Sockets
are in blocking mode (no timeout), Python's default.
"""

import json
import socket
import sys
import time

CHUNK = 65536
BURST = 16
MSG = 64
now = time.perf_counter


def result(**fields):
    print("RESULT " + json.dumps(fields), flush=True)


def listener():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(4096)
    print("READY %d" % s.getsockname()[1], flush=True)
    return s


def bench_pair(seconds, warmup):
    a, b = socket.socketpair()
    buf = bytes(MSG)
    ops = 0
    timing = False
    t0 = now()
    end = t0 + warmup
    while True:
        for _ in range(1000):
            if a.send(buf) != MSG:
                raise OSError("short send")
            got = len(b.recv(MSG))
            while got < MSG:
                got += len(b.recv(MSG - got))
        t = now()
        if not timing:
            if t >= end:
                timing = True
                t0 = now()
            continue
        ops += 1000
        if t - t0 >= seconds:
            break
    result(ops=ops, seconds=t - t0)


def bench_udp(seconds, warmup):
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    a.bind(("127.0.0.1", 0))
    b.bind(("127.0.0.1", 0))
    to = b.getsockname()
    buf = bytes(MSG)
    ops = 0
    timing = False
    t0 = now()
    end = t0 + warmup
    while True:
        for _ in range(100):
            for _ in range(BURST):
                a.sendto(buf, to)
            for _ in range(BURST):
                b.recvfrom(MSG)
        t = now()
        if not timing:
            if t >= end:
                timing = True
                t0 = now()
            continue
        ops += 100 * BURST
        if t - t0 >= seconds:
            break
    result(ops=ops, seconds=t - t0)


def bench_stream_recv(total):
    listening = listener()
    buf = bytearray(CHUNK)
    conn, _ = listening.accept()
    t0 = now()
    got = 0
    while got < total:
        r = conn.recv_into(buf)
        if r == 0:
            raise EOFError("peer closed")
        got += r
    t = now() - t0
    result(bytes=got, seconds=t)
    conn.close()
    listening.close()


def bench_stream_send(port, total):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("127.0.0.1", port))
    buf = bytes(CHUNK)
    sent = 0
    while sent < total:
        s.sendall(buf)
        sent += CHUNK
    s.close()


def bench_rr(port, seconds, warmup):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("127.0.0.1", port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = bytearray(MSG)
    view = memoryview(buf)
    ops = 0
    timing = False
    t0 = now()
    end = t0 + warmup
    while True:
        for _ in range(100):
            s.sendall(buf)
            got = s.recv_into(buf)
            while got < MSG:
                r = s.recv_into(view[got:])
                if r == 0:
                    raise EOFError("peer closed")
                got += r
        t = now()
        if not timing:
            if t >= end:
                timing = True
                t0 = now()
            continue
        ops += 100
        if t - t0 >= seconds:
            break
    result(ops=ops, seconds=t - t0)
    s.close()


def bench_connect(port, seconds, warmup, limit):
    address = ("127.0.0.1", port)
    ops = 0
    done = 0
    timing = False
    t0 = now()
    end = t0 + warmup
    while True:
        for _ in range(50):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.connect(address)
            s.close()
        done += 50
        t = now()
        if not timing:
            if t >= end or done >= limit // 4:
                timing = True
                t0 = now()
            continue
        ops += 50
        if t - t0 >= seconds or done >= limit:
            break
    result(ops=ops, seconds=t - t0)


def peer_echo():
    listening = listener()
    conn, _ = listening.accept()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    while True:
        data = conn.recv(4096)
        if not data:
            break
        conn.sendall(data)
    conn.close()
    listening.close()


def peer_accept():
    listening = listener()
    while True:
        conn, _ = listening.accept()
        conn.close()


def main(argv):
    w = argv[1]
    a = argv[2:]
    if w == "pair":
        bench_pair(float(a[0]), float(a[1]))
    elif w == "udp":
        bench_udp(float(a[0]), float(a[1]))
    elif w == "stream-recv":
        bench_stream_recv(int(a[0]))
    elif w == "stream-send":
        bench_stream_send(int(a[0]), int(a[1]))
    elif w == "rr":
        bench_rr(int(a[0]), float(a[1]), float(a[2]))
    elif w == "connect":
        bench_connect(int(a[0]), float(a[1]), float(a[2]), int(a[3]))
    elif w == "peer-echo":
        peer_echo()
    elif w == "peer-accept":
        peer_accept()
    else:
        sys.exit("bench.py: unknown workload " + w)


if __name__ == "__main__":
    main(sys.argv)
