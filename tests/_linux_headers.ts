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
#include <limits.h>
#include <sys/epoll.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_packet.h>
#include <linux/if_ether.h>
#include <net/ethernet.h>
#include <linux/netfilter_ipv4.h>
#include <linux/tipc.h>
#include <linux/can.h>
#include <linux/can/raw.h>
#include <linux/can/bcm.h>
#include <linux/can/isotp.h>
#include <linux/can/j1939.h>
#include <linux/if_alg.h>
#include <linux/vm_sockets.h>
#include <linux/rds.h>
#include <linux/qrtr.h>
#include <linux/sctp.h>
/* BlueZ's headers (libbluetooth-dev) declare the Bluetooth names; the
   kernel's UAPI headers do not. */
#if __has_include(<bluetooth/bluetooth.h>)
#define HAVE_BLUEZ 1
#include <bluetooth/bluetooth.h>
#include <bluetooth/hci.h>
#include <bluetooth/l2cap.h>
#include <bluetooth/rfcomm.h>
#include <bluetooth/sco.h>
#endif

/* UDP-Lite's options are in no UAPI header: CPython's own definitions. */
#ifndef UDPLITE_SEND_CSCOV
#define UDPLITE_SEND_CSCOV 10
#endif
#ifndef UDPLITE_RECV_CSCOV
#define UDPLITE_RECV_CSCOV 11
#endif
/* AF_ALG names <linux/if_alg.h> lacks: CPython's socketmodule.h values. */
#ifndef ALG_SET_PUBKEY
#define ALG_SET_PUBKEY 6
#endif
#ifndef ALG_OP_SIGN
#define ALG_OP_SIGN 2
#endif
#ifndef ALG_OP_VERIFY
#define ALG_OP_VERIFY 3
#endif

/* Prints key and the value of an integer expression, sign included. */
#define V(key, e) printf("%s %s%llu\\n", key, (e) < 0 ? "-" : "", \\
  (e) < 0 ? -(unsigned long long)(long long)(e) : (unsigned long long)(e))
`;

/** Names only BlueZ's headers declare. */
export const BLUEZ =
  /^(BTPROTO_|BDADDR_|HCI_|BT_|L2CAP_|SOL_(HCI|L2CAP|SCO|RFCOMM)$)/;
/** Structs only BlueZ's headers declare. */
export const BLUEZ_STRUCTS = new Set([
  "sockaddr_l2",
  "sockaddr_rc",
  "sockaddr_hci",
  "sockaddr_sco",
]);
