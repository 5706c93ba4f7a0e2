/*
 * A stand-in for the C library, for measuring what a call costs on the
 * JavaScript side (bench/profile/calls.ts). Loaded through
 * BERKELEY_SOCKET_LIBC, it defines the functions below without making a
 * system call; every other symbol resolves to the real libc (a NEEDED
 * dependency, so link with -Wl,--no-as-needed -lc).
 *
 * send/sendto report the whole length as sent; recv/recvfrom report
 * min(length, 64) bytes received, and recvfrom reports 127.0.0.1:9 as the
 * sender. Built with -DFAKE_LIFECYCLE, socket/connect/close/fcntl are faked
 * too (socket() returns descriptor 1000), which leaves the JavaScript cost
 * of creating, connecting and closing a socket object.
 */
#include <fcntl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

ssize_t send(int fd, const void *buf, size_t len, int flags) {
  (void)fd, (void)buf, (void)flags;
  return (ssize_t)len;
}

ssize_t recv(int fd, void *buf, size_t len, int flags) {
  (void)fd, (void)buf, (void)flags;
  return (ssize_t)(len < 64 ? len : 64);
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags,
               const struct sockaddr *to, socklen_t tolen) {
  (void)fd, (void)buf, (void)flags, (void)to, (void)tolen;
  return (ssize_t)len;
}

ssize_t recvfrom(int fd, void *buf, size_t len, int flags,
                 struct sockaddr *from, socklen_t *fromlen) {
  (void)fd, (void)buf, (void)flags;
  if (from && fromlen && *fromlen >= sizeof(struct sockaddr_in)) {
    struct sockaddr_in *in = (struct sockaddr_in *)from;
    memset(in, 0, sizeof *in);
    in->sin_family = AF_INET;
    in->sin_port = htons(9);
    in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    *fromlen = sizeof *in;
  }
  return (ssize_t)(len < 64 ? len : 64);
}

#ifdef FAKE_LIFECYCLE
int socket(int domain, int type, int protocol) {
  (void)domain, (void)type, (void)protocol;
  return 1000;
}

int connect(int fd, const struct sockaddr *addr, socklen_t len) {
  (void)fd, (void)addr, (void)len;
  return 0;
}

int close(int fd) {
  (void)fd;
  return 0;
}

int fcntl(int fd, int cmd, ...) {
  (void)fd;
  return cmd == F_GETFL ? O_RDWR | O_NONBLOCK : 0;
}
#endif
