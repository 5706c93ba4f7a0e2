/*
 * The C contender and the C peers of the benchmark (see bench/README.md).
 * Plain blocking BSD sockets, as a careful C programmer writes them: the
 * physical limit every other contender is compared with.
 *
 *   bench_c pair        SECONDS WARMUP           64-byte send+recv, socketpair
 *   bench_c udp         SECONDS WARMUP           64-byte datagrams, bursts of 16
 *   bench_c stream-recv BYTES                    listen, receive BYTES (timed)
 *   bench_c stream-send PORT BYTES               connect, send BYTES
 *   bench_c rr          PORT SECONDS WARMUP      64-byte request/response
 *                                                (also rr-async: (g)'s baseline)
 *   bench_c connect     PORT SECONDS WARMUP MAX  socket+connect+close
 *   bench_c peer-echo                            echo one connection
 *   bench_c peer-accept                          accept and close, forever
 *   bench_c echo-server                          (f) epoll echo server, forever
 *   bench_c load PORT CONNS BUSY SIZE SECONDS WARMUP
 *                                                (f) CONNS connections to an
 *                        echo server, BUSY of them doing SIZE-byte request/
 *                        response round trips (the others idle): total rate
 *
 * BENCH_C_IDLE_THREAD=1 starts one idle thread first: a process with threads,
 * as every runtime's is, where glibc's send/recv wrappers take their
 * cancellation-point path and the kernel counts references to the descriptor
 * (see the README's findings on (a) and (c) on Bun).
 *
 * Servers print "READY <port>"; measurements print
 * "RESULT {"ops":N,"seconds":S}" or "RESULT {"bytes":N,"seconds":S}".
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CHUNK 65536
#define BURST 16
#define MSG 64

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(const char *what) {
  perror(what);
  exit(1);
}

static struct sockaddr_in loopback(int port) {
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons((unsigned short)port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

static void result_ops(long ops, double seconds) {
  printf("RESULT {\"ops\":%ld,\"seconds\":%.9f}\n", ops, seconds);
  fflush(stdout);
}

/* A listening TCP socket on 127.0.0.1, port chosen by the kernel; prints READY. */
static int listener(void) {
  int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (s < 0) die("socket");
  int one = 1;
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in a = loopback(0);
  if (bind(s, (struct sockaddr *)&a, sizeof a) != 0) die("bind");
  if (listen(s, 4096) != 0) die("listen");
  socklen_t len = sizeof a;
  getsockname(s, (struct sockaddr *)&a, &len);
  printf("READY %d\n", ntohs(a.sin_port));
  fflush(stdout);
  return s;
}

static int connect_to(int port) {
  int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (s < 0) die("socket");
  struct sockaddr_in a = loopback(port);
  if (connect(s, (struct sockaddr *)&a, sizeof a) != 0) die("connect");
  return s;
}

static void send_all(int s, const char *p, size_t n) {
  while (n > 0) {
    ssize_t r = send(s, p, n, MSG_NOSIGNAL);
    if (r < 0) {
      if (errno == EINTR) continue;
      die("send");
    }
    p += r;
    n -= (size_t)r;
  }
}

static void recv_exactly(int s, char *p, size_t n) {
  while (n > 0) {
    ssize_t r = recv(s, p, n, 0);
    if (r <= 0) {
      if (r < 0 && errno == EINTR) continue;
      die("recv");
    }
    p += r;
    n -= (size_t)r;
  }
}

/* (a) send 64 bytes on one end of a socketpair, receive them on the other. */
static void bench_pair(double seconds, double warmup) {
  int sv[2];
  char buf[MSG] = {0};
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) die("socketpair");
  long ops = 0;
  int timing = 0;
  double t0 = now(), end = t0 + warmup, t;
  for (;;) {
    for (int i = 0; i < 1000; i++) {
      if (send(sv[0], buf, MSG, MSG_NOSIGNAL) != MSG) die("send");
      ssize_t got = recv(sv[1], buf, MSG, 0);
      if (got != MSG) recv_exactly(sv[1], buf + (got > 0 ? got : 0), MSG - (size_t)(got > 0 ? got : 0));
    }
    t = now();
    if (!timing) {
      if (t >= end) {
        timing = 1;
        t0 = now();
      }
      continue;
    }
    ops += 1000;
    if (t - t0 >= seconds) break;
  }
  result_ops(ops, t - t0);
}

/* (c) a burst of 16 datagrams with sendto(), then 16 recvfrom()s. */
static void bench_udp(double seconds, double warmup) {
  int a = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  int b = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  struct sockaddr_in any = loopback(0), to;
  if (bind(a, (struct sockaddr *)&any, sizeof any) != 0) die("bind");
  if (bind(b, (struct sockaddr *)&any, sizeof any) != 0) die("bind");
  socklen_t len = sizeof to;
  getsockname(b, (struct sockaddr *)&to, &len);
  char buf[MSG] = {0};
  struct sockaddr_storage from;
  long ops = 0;
  int timing = 0;
  double t0 = now(), end = t0 + warmup, t;
  for (;;) {
    for (int k = 0; k < 100; k++) {
      for (int i = 0; i < BURST; i++) {
        if (sendto(a, buf, MSG, MSG_NOSIGNAL, (struct sockaddr *)&to, sizeof to) != MSG) die("sendto");
      }
      for (int i = 0; i < BURST; i++) {
        socklen_t fl = sizeof from;
        if (recvfrom(b, buf, sizeof buf, 0, (struct sockaddr *)&from, &fl) != MSG) die("recvfrom");
      }
    }
    t = now();
    if (!timing) {
      if (t >= end) {
        timing = 1;
        t0 = now();
      }
      continue;
    }
    ops += 100 * BURST;
    if (t - t0 >= seconds) break;
  }
  result_ops(ops, t - t0);
}

/* (b) receive BYTES in 64 KiB recv()s; timed from accept() to the last byte. */
static void bench_stream_recv(long total) {
  int l = listener();
  static char buf[CHUNK];
  int s = accept4(l, NULL, NULL, SOCK_CLOEXEC);
  if (s < 0) die("accept");
  double t0 = now();
  long got = 0;
  while (got < total) {
    ssize_t r = recv(s, buf, CHUNK, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) die("recv");
    got += r;
  }
  double t = now() - t0;
  printf("RESULT {\"bytes\":%ld,\"seconds\":%.9f}\n", got, t);
  fflush(stdout);
  close(s);
  close(l);
}

/* (b) send BYTES in 64 KiB chunks. */
static void bench_stream_send(int port, long total) {
  static char buf[CHUNK];
  int s = connect_to(port);
  long sent = 0;
  while (sent < total) {
    send_all(s, buf, CHUNK);
    sent += CHUNK;
  }
  close(s);
}

/* (d) 64-byte request, 64-byte response, against the echo peer. */
static void bench_rr(int port, double seconds, double warmup) {
  int s = connect_to(port);
  int one = 1;
  setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  char buf[MSG] = {0};
  long ops = 0;
  int timing = 0;
  double t0 = now(), end = t0 + warmup, t;
  for (;;) {
    for (int i = 0; i < 100; i++) {
      send_all(s, buf, MSG);
      recv_exactly(s, buf, MSG);
    }
    t = now();
    if (!timing) {
      if (t >= end) {
        timing = 1;
        t0 = now();
      }
      continue;
    }
    ops += 100;
    if (t - t0 >= seconds) break;
  }
  result_ops(ops, t - t0);
  close(s);
}

/* (e) socket(), connect(), close(), against the accepting peer. */
static void bench_connect(int port, double seconds, double warmup, long max) {
  struct sockaddr_in a = loopback(port);
  long ops = 0, done = 0;
  int timing = 0;
  double t0 = now(), end = t0 + warmup, t;
  for (;;) {
    for (int i = 0; i < 50; i++) {
      int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (s < 0) die("socket");
      if (connect(s, (struct sockaddr *)&a, sizeof a) != 0) die("connect");
      close(s);
    }
    done += 50;
    t = now();
    if (!timing) {
      if (t >= end || done >= max / 4) {
        timing = 1;
        t0 = now();
      }
      continue;
    }
    ops += 50;
    if (t - t0 >= seconds || done >= max) break;
  }
  result_ops(ops, t - t0);
}

static void peer_echo(void) {
  int l = listener();
  int s = accept4(l, NULL, NULL, SOCK_CLOEXEC);
  if (s < 0) die("accept");
  int one = 1;
  setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  char buf[4096];
  for (;;) {
    ssize_t r = recv(s, buf, sizeof buf, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    send_all(s, buf, (size_t)r);
  }
  close(s);
  close(l);
}

static void peer_accept(void) {
  int l = listener();
  for (;;) {
    int s = accept4(l, NULL, NULL, SOCK_CLOEXEC);
    if (s < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      die("accept");
    }
    close(s);
  }
}

/* Sets TCP_NODELAY on a connection. */
static void nodelay(int s) {
  int one = 1;
  setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* (f) The C contender's server: epoll, level-triggered, non-blocking
 * connections; echoes what each connection sends until it closes. */
static void echo_server(void) {
  int l = listener();
  int fl = fcntl(l, F_GETFL);
  fcntl(l, F_SETFL, fl | O_NONBLOCK);
  int ep = epoll_create1(EPOLL_CLOEXEC);
  if (ep < 0) die("epoll_create1");
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = l};
  if (epoll_ctl(ep, EPOLL_CTL_ADD, l, &ev) != 0) die("epoll_ctl");
  static char buf[CHUNK];
  struct epoll_event evs[1024];
  for (;;) {
    int n = epoll_wait(ep, evs, 1024, -1);
    if (n < 0) {
      if (errno == EINTR) continue;
      die("epoll_wait");
    }
    for (int i = 0; i < n; i++) {
      int fd = evs[i].data.fd;
      if (fd == l) {
        for (;;) {
          int c = accept4(l, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
          if (c < 0) break;
          nodelay(c);
          struct epoll_event cev = {.events = EPOLLIN, .data.fd = c};
          epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
        }
        continue;
      }
      ssize_t r = recv(fd, buf, sizeof buf, 0);
      if (r < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (r <= 0) {
        close(fd);
        continue;
      }
      for (ssize_t off = 0; off < r;) {
        ssize_t w = send(fd, buf + off, (size_t)(r - off), MSG_NOSIGNAL);
        if (w < 0) {
          if (errno == EAGAIN || errno == EINTR) continue; /* rare: spin */
          break;
        }
        off += w;
      }
    }
  }
}

/* (f) The load: CONNS connections (made in batches, each batch checked by
 * one round trip, so the server's accept queue never overflows), BUSY of
 * them then doing SIZE-byte round trips as fast as the server answers, the
 * rest idle. Counts the round trips completed in the timed window. */
static void load(int port, int conns, int busy, int size, double seconds,
                 double warmup) {
  struct rlimit rl;
  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
  }
  int *fd = calloc((size_t)conns, sizeof *fd);
  int *got = calloc((size_t)conns, sizeof *got);
  char *req = calloc(1, (size_t)size);
  char *in = malloc(CHUNK);
  if (!fd || !got || !req || !in) die("calloc");
  memset(req, 'x', (size_t)size);
  const int batch = 200;
  for (int b = 0; b < conns; b += batch) {
    int e = b + batch < conns ? b + batch : conns;
    for (int i = b; i < e; i++) {
      fd[i] = connect_to(port);
      nodelay(fd[i]);
      send_all(fd[i], req, (size_t)size);
    }
    for (int i = b; i < e; i++) recv_exactly(fd[i], in, (size_t)size);
  }
  int ep = epoll_create1(EPOLL_CLOEXEC);
  if (ep < 0) die("epoll_create1");
  for (int i = 0; i < busy && i < conns; i++) {
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (unsigned)i};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, fd[i], &ev) != 0) die("epoll_ctl");
    send_all(fd[i], req, (size_t)size);
  }
  struct epoll_event evs[1024];
  long ops = 0;
  int timing = 0;
  double t0 = now(), end = t0 + warmup, t = t0;
  for (;;) {
    int n = epoll_wait(ep, evs, 1024, 1000);
    if (n < 0) {
      if (errno == EINTR) continue;
      die("epoll_wait");
    }
    if (n == 0) die("load: the server stopped answering");
    for (int k = 0; k < n; k++) {
      int i = (int)evs[k].data.u32;
      ssize_t r = recv(fd[i], in, (size_t)(size - got[i]), 0);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) die("recv");
      got[i] += (int)r;
      if (got[i] < size) continue;
      got[i] = 0;
      ops++;
      send_all(fd[i], req, (size_t)size);
    }
    t = now();
    if (!timing) {
      if (t >= end) {
        timing = 1;
        ops = 0;
        t0 = t;
      }
      continue;
    }
    if (t - t0 >= seconds) break;
  }
  result_ops(ops, t - t0);
  for (int i = 0; i < conns; i++) close(fd[i]);
}

static void *idle_thread(void *arg) {
  (void)arg;
  for (;;) pause();
  return NULL;
}

int main(int argc, char **argv) {
  if (getenv("BENCH_C_IDLE_THREAD")) {
    pthread_t idle;
    if (pthread_create(&idle, NULL, idle_thread, NULL) != 0) die("pthread_create");
  }
  if (argc < 2) {
    fprintf(stderr, "usage: bench_c WORKLOAD ARGS...\n");
    return 2;
  }
  const char *w = argv[1];
#define ARG(i) (argc > (i) ? argv[i] : "0")
  if (!strcmp(w, "pair")) bench_pair(atof(ARG(2)), atof(ARG(3)));
  else if (!strcmp(w, "udp")) bench_udp(atof(ARG(2)), atof(ARG(3)));
  else if (!strcmp(w, "stream-recv")) bench_stream_recv(atol(ARG(2)));
  else if (!strcmp(w, "stream-send")) bench_stream_send(atoi(ARG(2)), atol(ARG(3)));
  else if (!strcmp(w, "rr") || !strcmp(w, "rr-async")) bench_rr(atoi(ARG(2)), atof(ARG(3)), atof(ARG(4)));
  else if (!strcmp(w, "connect")) bench_connect(atoi(ARG(2)), atof(ARG(3)), atof(ARG(4)), atol(ARG(5)));
  else if (!strcmp(w, "peer-echo")) peer_echo();
  else if (!strcmp(w, "peer-accept")) peer_accept();
  else if (!strcmp(w, "echo-server")) echo_server();
  else if (!strcmp(w, "load"))
    load(atoi(ARG(2)), atoi(ARG(3)), atoi(ARG(4)), atoi(ARG(5)), atof(ARG(6)), atof(ARG(7)));
  else {
    fprintf(stderr, "bench_c: unknown workload %s\n", w);
    return 2;
  }
  return 0;
}
