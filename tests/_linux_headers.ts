/**
 * The C headers that declare every name in the Linux tables, for the
 * probes that check them (gcc here; Zig for musl and aarch64).
 */

/** The headers that declare every name in the tables. */
export const PREAMBLE = `#define _GNU_SOURCE
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include <sys/un.h>
#include <sys/uio.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <netinet/ip_icmp.h>
#include <netinet/icmp6.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <net/if.h>
#include <fcntl.h>
#include <poll.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_packet.h>
#include <linux/if_ether.h>
#include <linux/tipc.h>

/* Prints key and the value of an integer expression, sign included. */
#define V(key, e) printf("%s %s%llu\\n", key, (e) < 0 ? "-" : "", \\
  (e) < 0 ? -(unsigned long long)(long long)(e) : (unsigned long long)(e))
`;
