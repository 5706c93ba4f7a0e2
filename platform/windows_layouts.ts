/**
 * Windows (x64): the struct layouts of `platform/windows.ts`'s table,
 * measured from the mingw-w64 headers by `.ci/gen_windows_constants.ts`
 * and checked again under Wine by `tests/platform_windows_test.ts`.
 * Re-exported by `./windows.ts`.
 *
 * @module
 */
import type { Layouts } from "./types.ts";

/**
 * Struct sizes and field offsets, `[offset, size]` in bytes, for x64
 * (LLP64: `long` is 4 bytes). The names match `linux.ts` where Windows has
 * the struct; `pollfd` is `WSAPOLLFD`, `cmsghdr` is `WSACMSGHDR`.
 * Windows-only: `fd_set`, `WSABUF`, `WSAMSG`, `WSADATA`, `tcp_keepalive`
 * (`SIO_KEEPALIVE_VALS`), `WSAPROTOCOL_INFOW`.
 *
 * @example Reading an offset
 * ```ts
 * import { layouts } from "./windows.ts";
 * console.log(layouts.addrinfo.fields.ai_addr); // [32, 8]
 * ```
 */
export const layouts = {
  sockaddr: { size: 16, fields: { sa_family: [0, 2] } },
  sockaddr_in: {
    size: 16,
    fields: { sin_family: [0, 2], sin_port: [2, 2], sin_addr: [4, 4] },
  },
  sockaddr_in6: {
    size: 28,
    fields: {
      sin6_family: [0, 2],
      sin6_port: [2, 2],
      sin6_flowinfo: [4, 4],
      sin6_addr: [8, 16],
      sin6_scope_id: [24, 4],
    },
  },
  sockaddr_un: {
    size: 110,
    fields: { sun_family: [0, 2], sun_path: [2, 108] },
  },
  sockaddr_storage: { size: 128, fields: { ss_family: [0, 2] } },
  // size_t ai_addrlen; ai_canonname comes before ai_addr (as on macOS).
  addrinfo: {
    size: 48,
    fields: {
      ai_flags: [0, 4],
      ai_family: [4, 4],
      ai_socktype: [8, 4],
      ai_protocol: [12, 4],
      ai_addrlen: [16, 8],
      ai_canonname: [24, 8],
      ai_addr: [32, 8],
      ai_next: [40, 8],
    },
  },
  // short h_addrtype, h_length.
  hostent: {
    size: 32,
    fields: {
      h_name: [0, 8],
      h_aliases: [8, 8],
      h_addrtype: [16, 2],
      h_length: [18, 2],
      h_addr_list: [24, 8],
    },
  },
  // On Win64 s_proto comes before the short s_port.
  servent: {
    size: 32,
    fields: {
      s_name: [0, 8],
      s_aliases: [8, 8],
      s_port: [24, 2],
      s_proto: [16, 8],
    },
  },
  protoent: {
    size: 24,
    fields: { p_name: [0, 8], p_aliases: [8, 8], p_proto: [16, 2] },
  },
  // WSAPOLLFD: SOCKET fd is 8 bytes.
  pollfd: {
    size: 16,
    fields: { fd: [0, 8], events: [8, 2], revents: [10, 2] },
  },
  // u_short l_onoff, l_linger.
  linger: { size: 4, fields: { l_onoff: [0, 2], l_linger: [2, 2] } },
  // long tv_sec, tv_usec (4 bytes each).
  timeval: { size: 8, fields: { tv_sec: [0, 4], tv_usec: [4, 4] } },
  // u_int fd_count; SOCKET fd_array[FD_SETSIZE = 64].
  fd_set: { size: 520, fields: { fd_count: [0, 4], fd_array: [8, 512] } },
  WSABUF: { size: 16, fields: { len: [0, 4], buf: [8, 8] } },
  WSAMSG: {
    size: 56,
    fields: {
      name: [0, 8],
      namelen: [8, 4],
      lpBuffers: [16, 8],
      dwBufferCount: [24, 4],
      Control: [32, 16],
      dwFlags: [48, 4],
    },
  },
  // WSACMSGHDR, under the name the other platforms give it.
  cmsghdr: {
    size: 16,
    fields: { cmsg_len: [0, 8], cmsg_level: [8, 4], cmsg_type: [12, 4] },
  },
  WSADATA: {
    size: 408,
    fields: {
      wVersion: [0, 2],
      wHighVersion: [2, 2],
      iMaxSockets: [4, 2],
      iMaxUdpDg: [6, 2],
      lpVendorInfo: [8, 8],
      szDescription: [16, 257],
      szSystemStatus: [273, 129],
    },
  },
  tcp_keepalive: {
    size: 12,
    fields: { onoff: [0, 4], keepalivetime: [4, 4], keepaliveinterval: [8, 4] },
  },
  // What WSADuplicateSocketW() fills in and WSASocketW() reads back
  // (socket.share() and fromshare(): its bytes are the shared data).
  WSAPROTOCOL_INFOW: {
    size: 628,
    fields: {
      dwServiceFlags1: [0, 4],
      dwServiceFlags2: [4, 4],
      dwServiceFlags3: [8, 4],
      dwServiceFlags4: [12, 4],
      dwProviderFlags: [16, 4],
      ProviderId: [20, 16],
      dwCatalogEntryId: [36, 4],
      ProtocolChain: [40, 32],
      iVersion: [72, 4],
      iAddressFamily: [76, 4],
      iMaxSockAddr: [80, 4],
      iMinSockAddr: [84, 4],
      iSocketType: [88, 4],
      iProtocol: [92, 4],
      iProtocolMaxOffset: [96, 4],
      iNetworkByteOrder: [100, 4],
      iSecurityScheme: [104, 4],
      dwMessageSize: [108, 4],
      dwProviderReserved: [112, 4],
      szProtocol: [116, 512],
    },
  },
  // AF_BLUETOOTH's RFCOMM address: ws2bth.h's SOCKADDR_BTH (packed: USHORT
  // addressFamily, BTH_ADDR btAddr, GUID serviceClassId, ULONG port),
  // under the name and field names CPython gives it (sockaddr_rc).
  sockaddr_rc: {
    size: 30,
    fields: { rc_family: [0, 2], rc_bdaddr: [2, 8], rc_channel: [26, 4] },
  },
  // AF_HYPERV's address (hvsocket.h): two GUIDs.
  SOCKADDR_HV: {
    size: 36,
    fields: {
      Family: [0, 2],
      Reserved: [2, 2],
      VmId: [4, 16],
      ServiceId: [20, 16],
    },
  },
  // GetIfTable2Ex()'s table (ULONG NumEntries; MIB_IF_ROW2 Table[]) and rows.
  MIB_IF_TABLE2: {
    size: 1360,
    fields: { NumEntries: [0, 4], Table: [8, 1352] },
  },
  MIB_IF_ROW2: {
    size: 1352,
    fields: { InterfaceLuid: [0, 8], InterfaceIndex: [8, 4] },
  },
} as const satisfies Layouts;
