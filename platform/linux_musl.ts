/**
 * musl, where its headers differ from glibc's (the Linux table's values):
 * two constants, three field widths, and the names musl does not define.
 * Checked against musl's own headers for x86_64 and aarch64 by
 * `tests/platform_musl_test.ts` (Zig ships musl 1.2.4's headers).
 *
 * The field widths do not change the bytes the kernel sees: musl pads
 * `msg_iovlen`, `msg_controllen` and `cmsg_len` from 4 bytes to glibc's 8,
 * and both are little-endian on x86_64 and aarch64.
 *
 * @module
 */
import type { LibcVariant } from "./types.ts";

/** musl's differences from the Linux table, chosen when musl is loaded. */
export const musl: LibcVariant = {
  name: "musl",
  matches(path: string): boolean {
    return /(^|[/.-])(ld-)?musl\b|libc\.musl-/.test(path);
  },
  constants: {
    SOMAXCONN: 128,
    NI_MAXHOST: 255,
  },
  absent: [
    "AF_MCTP",
    "AI_CANONIDN",
    "AI_IDN",
    "IPPORT_BIFFUDP",
    "IPPORT_CMDSERVER",
    "IPPORT_DAYTIME",
    "IPPORT_DISCARD",
    "IPPORT_ECHO",
    "IPPORT_EFSSERVER",
    "IPPORT_EXECSERVER",
    "IPPORT_FINGER",
    "IPPORT_FTP",
    "IPPORT_LOGINSERVER",
    "IPPORT_MTP",
    "IPPORT_NAMESERVER",
    "IPPORT_NETSTAT",
    "IPPORT_RJE",
    "IPPORT_ROUTESERVER",
    "IPPORT_SMTP",
    "IPPORT_SUPDUP",
    "IPPORT_SYSTAT",
    "IPPORT_TELNET",
    "IPPORT_TFTP",
    "IPPORT_TIMESERVER",
    "IPPORT_TTYLINK",
    "IPPORT_USERRESERVED",
    "IPPORT_WHOIS",
    "IPPORT_WHOSERVER",
    "IPV6_RECVERR_RFC4884",
    "MSG_TRYHARD",
    "NI_IDN",
    "SOL_MCTP",
    "SOL_MPTCP",
    "SOL_SMC",
    "SO_BUF_LOCK",
    "SO_NETNS_COOKIE",
    "SO_RCVMARK",
    "SO_RCVTIMEO_NEW",
    "SO_RCVTIMEO_OLD",
    "SO_RESERVE_MEM",
    "SO_SNDTIMEO_NEW",
    "SO_SNDTIMEO_OLD",
    "SO_TIMESTAMPING_NEW",
    "SO_TIMESTAMPING_OLD",
    "SO_TIMESTAMPNS_NEW",
    "SO_TIMESTAMPNS_OLD",
    "SO_TIMESTAMP_NEW",
    "SO_TIMESTAMP_OLD",
    "SO_TXREHASH",
    "TCP_COOKIE_IN_ALWAYS",
    "TCP_COOKIE_MAX",
    "TCP_COOKIE_MIN",
    "TCP_COOKIE_OUT_NEVER",
    "TCP_COOKIE_PAIR_SIZE",
    "TCP_COOKIE_TRANSACTIONS",
    "TCP_MAXWIN",
    "TCP_MAX_WINSHIFT",
    "TCP_MSS",
    "TCP_MSS_DEFAULT",
    "TCP_MSS_DESIRED",
    "TCP_NO_QUEUE",
    "TCP_QUEUES_NR",
    "TCP_RECV_QUEUE",
    "TCP_SEND_QUEUE",
    "TCP_S_DATA_IN",
    "TCP_S_DATA_OUT",
  ],
  layouts: {
    msghdr: {
      size: 56,
      fields: {
        msg_name: [0, 8],
        msg_namelen: [8, 4],
        msg_iov: [16, 8],
        msg_iovlen: [24, 4],
        msg_control: [32, 8],
        msg_controllen: [40, 4],
        msg_flags: [48, 4],
      },
    },
    cmsghdr: {
      size: 16,
      fields: {
        cmsg_len: [0, 4],
        cmsg_level: [8, 4],
        cmsg_type: [12, 4],
      },
    },
  },
};
