/**
 * The type of `errno`: one property per name, `number` where Linux,
 * macOS and Windows all define it, optional (`number | undefined`)
 * otherwise, so that a misspelt name does not compile.
 *
 * Generated from `platform/*_constants.ts` by
 * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.
 *
 * @module
 */

/** The error numbers by name, with each platform's value. */
export interface ErrnoTable {
  /** linux 1, darwin 1, windows 1. */
  readonly EPERM: number;
  /** linux 2, darwin 2, windows 2. */
  readonly ENOENT: number;
  /** linux 3, darwin 3, windows 3. */
  readonly ESRCH: number;
  /** linux 4, darwin 4, windows 10004. */
  readonly EINTR: number;
  /** linux 5, darwin 5, windows 5. */
  readonly EIO: number;
  /** linux 6, darwin 6, windows 6. */
  readonly ENXIO: number;
  /** linux 7, darwin 7, windows 7. */
  readonly E2BIG: number;
  /** linux 8, darwin 8, windows 8. */
  readonly ENOEXEC: number;
  /** linux 9, darwin 9, windows 10009. */
  readonly EBADF: number;
  /** linux 10, darwin 10, windows 10. */
  readonly ECHILD: number;
  /** linux 11, darwin 35, windows 10035. */
  readonly EAGAIN: number;
  /** linux 12, darwin 12, windows 12. */
  readonly ENOMEM: number;
  /** linux 13, darwin 13, windows 10013. */
  readonly EACCES: number;
  /** linux 14, darwin 14, windows 10014. */
  readonly EFAULT: number;
  /** linux 15, darwin 15; not on windows. */
  readonly ENOTBLK?: number;
  /** linux 16, darwin 16, windows 16. */
  readonly EBUSY: number;
  /** linux 17, darwin 17, windows 17. */
  readonly EEXIST: number;
  /** linux 18, darwin 18, windows 18. */
  readonly EXDEV: number;
  /** linux 19, darwin 19, windows 19. */
  readonly ENODEV: number;
  /** linux 20, darwin 20, windows 20. */
  readonly ENOTDIR: number;
  /** linux 21, darwin 21, windows 21. */
  readonly EISDIR: number;
  /** linux 22, darwin 22, windows 10022. */
  readonly EINVAL: number;
  /** linux 23, darwin 23, windows 23. */
  readonly ENFILE: number;
  /** linux 24, darwin 24, windows 10024. */
  readonly EMFILE: number;
  /** linux 25, darwin 25, windows 25. */
  readonly ENOTTY: number;
  /** linux 26, darwin 26, windows 139. */
  readonly ETXTBSY: number;
  /** linux 27, darwin 27, windows 27. */
  readonly EFBIG: number;
  /** linux 28, darwin 28, windows 28. */
  readonly ENOSPC: number;
  /** linux 29, darwin 29, windows 29. */
  readonly ESPIPE: number;
  /** linux 30, darwin 30, windows 30. */
  readonly EROFS: number;
  /** linux 31, darwin 31, windows 31. */
  readonly EMLINK: number;
  /** linux 32, darwin 32, windows 32. */
  readonly EPIPE: number;
  /** linux 33, darwin 33, windows 33. */
  readonly EDOM: number;
  /** linux 34, darwin 34, windows 34. */
  readonly ERANGE: number;
  /** linux 35, darwin 11, windows 36. */
  readonly EDEADLK: number;
  /** linux 36, darwin 63, windows 10063. */
  readonly ENAMETOOLONG: number;
  /** linux 37, darwin 77, windows 39. */
  readonly ENOLCK: number;
  /** linux 38, darwin 78, windows 40. */
  readonly ENOSYS: number;
  /** linux 39, darwin 66, windows 10066. */
  readonly ENOTEMPTY: number;
  /** linux 40, darwin 62, windows 10062. */
  readonly ELOOP: number;
  /** linux 11, darwin 35, windows 10035. */
  readonly EWOULDBLOCK: number;
  /** linux 42, darwin 91, windows 122. */
  readonly ENOMSG: number;
  /** linux 43, darwin 90, windows 111. */
  readonly EIDRM: number;
  /** linux 44; not on darwin, windows. */
  readonly ECHRNG?: number;
  /** linux 45; not on darwin, windows. */
  readonly EL2NSYNC?: number;
  /** linux 46; not on darwin, windows. */
  readonly EL3HLT?: number;
  /** linux 47; not on darwin, windows. */
  readonly EL3RST?: number;
  /** linux 48; not on darwin, windows. */
  readonly ELNRNG?: number;
  /** linux 49; not on darwin, windows. */
  readonly EUNATCH?: number;
  /** linux 50; not on darwin, windows. */
  readonly ENOCSI?: number;
  /** linux 51; not on darwin, windows. */
  readonly EL2HLT?: number;
  /** linux 52; not on darwin, windows. */
  readonly EBADE?: number;
  /** linux 53; not on darwin, windows. */
  readonly EBADR?: number;
  /** linux 54; not on darwin, windows. */
  readonly EXFULL?: number;
  /** linux 55; not on darwin, windows. */
  readonly ENOANO?: number;
  /** linux 56; not on darwin, windows. */
  readonly EBADRQC?: number;
  /** linux 57; not on darwin, windows. */
  readonly EBADSLT?: number;
  /** linux 35, windows 36; not on darwin. */
  readonly EDEADLOCK?: number;
  /** linux 59; not on darwin, windows. */
  readonly EBFONT?: number;
  /** linux 60, darwin 99, windows 125. */
  readonly ENOSTR: number;
  /** linux 61, darwin 96, windows 120. */
  readonly ENODATA: number;
  /** linux 62, darwin 101, windows 137. */
  readonly ETIME: number;
  /** linux 63, darwin 98, windows 124. */
  readonly ENOSR: number;
  /** linux 64; not on darwin, windows. */
  readonly ENONET?: number;
  /** linux 65; not on darwin, windows. */
  readonly ENOPKG?: number;
  /** linux 66, darwin 71, windows 10071. */
  readonly EREMOTE: number;
  /** linux 67, darwin 97, windows 121. */
  readonly ENOLINK: number;
  /** linux 68; not on darwin, windows. */
  readonly EADV?: number;
  /** linux 69; not on darwin, windows. */
  readonly ESRMNT?: number;
  /** linux 70; not on darwin, windows. */
  readonly ECOMM?: number;
  /** linux 71, darwin 100, windows 134. */
  readonly EPROTO: number;
  /** linux 72, darwin 95; not on windows. */
  readonly EMULTIHOP?: number;
  /** linux 73; not on darwin, windows. */
  readonly EDOTDOT?: number;
  /** linux 74, darwin 94, windows 104. */
  readonly EBADMSG: number;
  /** linux 75, darwin 84, windows 132. */
  readonly EOVERFLOW: number;
  /** linux 76; not on darwin, windows. */
  readonly ENOTUNIQ?: number;
  /** linux 77; not on darwin, windows. */
  readonly EBADFD?: number;
  /** linux 78; not on darwin, windows. */
  readonly EREMCHG?: number;
  /** linux 79; not on darwin, windows. */
  readonly ELIBACC?: number;
  /** linux 80; not on darwin, windows. */
  readonly ELIBBAD?: number;
  /** linux 81; not on darwin, windows. */
  readonly ELIBSCN?: number;
  /** linux 82; not on darwin, windows. */
  readonly ELIBMAX?: number;
  /** linux 83; not on darwin, windows. */
  readonly ELIBEXEC?: number;
  /** linux 84, darwin 92, windows 42. */
  readonly EILSEQ: number;
  /** linux 85; not on darwin, windows. */
  readonly ERESTART?: number;
  /** linux 86; not on darwin, windows. */
  readonly ESTRPIPE?: number;
  /** linux 87, darwin 68, windows 10068. */
  readonly EUSERS: number;
  /** linux 88, darwin 38, windows 10038. */
  readonly ENOTSOCK: number;
  /** linux 89, darwin 39, windows 10039. */
  readonly EDESTADDRREQ: number;
  /** linux 90, darwin 40, windows 10040. */
  readonly EMSGSIZE: number;
  /** linux 91, darwin 41, windows 10041. */
  readonly EPROTOTYPE: number;
  /** linux 92, darwin 42, windows 10042. */
  readonly ENOPROTOOPT: number;
  /** linux 93, darwin 43, windows 10043. */
  readonly EPROTONOSUPPORT: number;
  /** linux 94, darwin 44, windows 10044. */
  readonly ESOCKTNOSUPPORT: number;
  /** linux 95, darwin 102, windows 10045. */
  readonly EOPNOTSUPP: number;
  /** linux 96, darwin 46, windows 10046. */
  readonly EPFNOSUPPORT: number;
  /** linux 97, darwin 47, windows 10047. */
  readonly EAFNOSUPPORT: number;
  /** linux 98, darwin 48, windows 10048. */
  readonly EADDRINUSE: number;
  /** linux 99, darwin 49, windows 10049. */
  readonly EADDRNOTAVAIL: number;
  /** linux 100, darwin 50, windows 10050. */
  readonly ENETDOWN: number;
  /** linux 101, darwin 51, windows 10051. */
  readonly ENETUNREACH: number;
  /** linux 102, darwin 52, windows 10052. */
  readonly ENETRESET: number;
  /** linux 103, darwin 53, windows 10053. */
  readonly ECONNABORTED: number;
  /** linux 104, darwin 54, windows 10054. */
  readonly ECONNRESET: number;
  /** linux 105, darwin 55, windows 10055. */
  readonly ENOBUFS: number;
  /** linux 106, darwin 56, windows 10056. */
  readonly EISCONN: number;
  /** linux 107, darwin 57, windows 10057. */
  readonly ENOTCONN: number;
  /** linux 108, darwin 58, windows 10058. */
  readonly ESHUTDOWN: number;
  /** linux 109, darwin 59, windows 10059. */
  readonly ETOOMANYREFS: number;
  /** linux 110, darwin 60, windows 10060. */
  readonly ETIMEDOUT: number;
  /** linux 111, darwin 61, windows 10061. */
  readonly ECONNREFUSED: number;
  /** linux 112, darwin 64, windows 10064. */
  readonly EHOSTDOWN: number;
  /** linux 113, darwin 65, windows 10065. */
  readonly EHOSTUNREACH: number;
  /** linux 114, darwin 37, windows 10037. */
  readonly EALREADY: number;
  /** linux 115, darwin 36, windows 10036. */
  readonly EINPROGRESS: number;
  /** linux 116, darwin 70, windows 10070. */
  readonly ESTALE: number;
  /** linux 117; not on darwin, windows. */
  readonly EUCLEAN?: number;
  /** linux 118; not on darwin, windows. */
  readonly ENOTNAM?: number;
  /** linux 119; not on darwin, windows. */
  readonly ENAVAIL?: number;
  /** linux 120; not on darwin, windows. */
  readonly EISNAM?: number;
  /** linux 121; not on darwin, windows. */
  readonly EREMOTEIO?: number;
  /** linux 122, darwin 69, windows 10069. */
  readonly EDQUOT: number;
  /** linux 123; not on darwin, windows. */
  readonly ENOMEDIUM?: number;
  /** linux 124; not on darwin, windows. */
  readonly EMEDIUMTYPE?: number;
  /** linux 125, darwin 89, windows 105. */
  readonly ECANCELED: number;
  /** linux 126; not on darwin, windows. */
  readonly ENOKEY?: number;
  /** linux 127; not on darwin, windows. */
  readonly EKEYEXPIRED?: number;
  /** linux 128; not on darwin, windows. */
  readonly EKEYREVOKED?: number;
  /** linux 129; not on darwin, windows. */
  readonly EKEYREJECTED?: number;
  /** linux 130, darwin 105, windows 133. */
  readonly EOWNERDEAD: number;
  /** linux 131, darwin 104, windows 127. */
  readonly ENOTRECOVERABLE: number;
  /** linux 132; not on darwin, windows. */
  readonly ERFKILL?: number;
  /** linux 133; not on darwin, windows. */
  readonly EHWPOISON?: number;
  /** linux 95, darwin 45, windows 129. */
  readonly ENOTSUP: number;
  /** darwin 67, windows 10067; not on linux. */
  readonly EPROCLIM?: number;
  /** darwin 72; not on linux, windows. */
  readonly EBADRPC?: number;
  /** darwin 73; not on linux, windows. */
  readonly ERPCMISMATCH?: number;
  /** darwin 74; not on linux, windows. */
  readonly EPROGUNAVAIL?: number;
  /** darwin 75; not on linux, windows. */
  readonly EPROGMISMATCH?: number;
  /** darwin 76; not on linux, windows. */
  readonly EPROCUNAVAIL?: number;
  /** darwin 79; not on linux, windows. */
  readonly EFTYPE?: number;
  /** darwin 80; not on linux, windows. */
  readonly EAUTH?: number;
  /** darwin 81; not on linux, windows. */
  readonly ENEEDAUTH?: number;
  /** darwin 82; not on linux, windows. */
  readonly EPWROFF?: number;
  /** darwin 83; not on linux, windows. */
  readonly EDEVERR?: number;
  /** darwin 85; not on linux, windows. */
  readonly EBADEXEC?: number;
  /** darwin 86; not on linux, windows. */
  readonly EBADARCH?: number;
  /** darwin 87; not on linux, windows. */
  readonly ESHLIBVERS?: number;
  /** darwin 88; not on linux, windows. */
  readonly EBADMACHO?: number;
  /** darwin 93; not on linux, windows. */
  readonly ENOATTR?: number;
  /** darwin 103; not on linux, windows. */
  readonly ENOPOLICY?: number;
  /** darwin 106; not on linux, windows. */
  readonly EQFULL?: number;
  /** windows 2; not on linux, darwin. */
  readonly ENOFILE?: number;
  /** windows 10000; not on linux, darwin. */
  readonly WSABASEERR?: number;
  /** windows 10004; not on linux, darwin. */
  readonly WSAEINTR?: number;
  /** windows 10009; not on linux, darwin. */
  readonly WSAEBADF?: number;
  /** windows 10013; not on linux, darwin. */
  readonly WSAEACCES?: number;
  /** windows 10014; not on linux, darwin. */
  readonly WSAEFAULT?: number;
  /** windows 10022; not on linux, darwin. */
  readonly WSAEINVAL?: number;
  /** windows 10024; not on linux, darwin. */
  readonly WSAEMFILE?: number;
  /** windows 10035; not on linux, darwin. */
  readonly WSAEWOULDBLOCK?: number;
  /** windows 10036; not on linux, darwin. */
  readonly WSAEINPROGRESS?: number;
  /** windows 10037; not on linux, darwin. */
  readonly WSAEALREADY?: number;
  /** windows 10038; not on linux, darwin. */
  readonly WSAENOTSOCK?: number;
  /** windows 10039; not on linux, darwin. */
  readonly WSAEDESTADDRREQ?: number;
  /** windows 10040; not on linux, darwin. */
  readonly WSAEMSGSIZE?: number;
  /** windows 10041; not on linux, darwin. */
  readonly WSAEPROTOTYPE?: number;
  /** windows 10042; not on linux, darwin. */
  readonly WSAENOPROTOOPT?: number;
  /** windows 10043; not on linux, darwin. */
  readonly WSAEPROTONOSUPPORT?: number;
  /** windows 10044; not on linux, darwin. */
  readonly WSAESOCKTNOSUPPORT?: number;
  /** windows 10045; not on linux, darwin. */
  readonly WSAEOPNOTSUPP?: number;
  /** windows 10046; not on linux, darwin. */
  readonly WSAEPFNOSUPPORT?: number;
  /** windows 10047; not on linux, darwin. */
  readonly WSAEAFNOSUPPORT?: number;
  /** windows 10048; not on linux, darwin. */
  readonly WSAEADDRINUSE?: number;
  /** windows 10049; not on linux, darwin. */
  readonly WSAEADDRNOTAVAIL?: number;
  /** windows 10050; not on linux, darwin. */
  readonly WSAENETDOWN?: number;
  /** windows 10051; not on linux, darwin. */
  readonly WSAENETUNREACH?: number;
  /** windows 10052; not on linux, darwin. */
  readonly WSAENETRESET?: number;
  /** windows 10053; not on linux, darwin. */
  readonly WSAECONNABORTED?: number;
  /** windows 10054; not on linux, darwin. */
  readonly WSAECONNRESET?: number;
  /** windows 10055; not on linux, darwin. */
  readonly WSAENOBUFS?: number;
  /** windows 10056; not on linux, darwin. */
  readonly WSAEISCONN?: number;
  /** windows 10057; not on linux, darwin. */
  readonly WSAENOTCONN?: number;
  /** windows 10058; not on linux, darwin. */
  readonly WSAESHUTDOWN?: number;
  /** windows 10059; not on linux, darwin. */
  readonly WSAETOOMANYREFS?: number;
  /** windows 10060; not on linux, darwin. */
  readonly WSAETIMEDOUT?: number;
  /** windows 10061; not on linux, darwin. */
  readonly WSAECONNREFUSED?: number;
  /** windows 10062; not on linux, darwin. */
  readonly WSAELOOP?: number;
  /** windows 10063; not on linux, darwin. */
  readonly WSAENAMETOOLONG?: number;
  /** windows 10064; not on linux, darwin. */
  readonly WSAEHOSTDOWN?: number;
  /** windows 10065; not on linux, darwin. */
  readonly WSAEHOSTUNREACH?: number;
  /** windows 10066; not on linux, darwin. */
  readonly WSAENOTEMPTY?: number;
  /** windows 10067; not on linux, darwin. */
  readonly WSAEPROCLIM?: number;
  /** windows 10068; not on linux, darwin. */
  readonly WSAEUSERS?: number;
  /** windows 10069; not on linux, darwin. */
  readonly WSAEDQUOT?: number;
  /** windows 10070; not on linux, darwin. */
  readonly WSAESTALE?: number;
  /** windows 10071; not on linux, darwin. */
  readonly WSAEREMOTE?: number;
  /** windows 10091; not on linux, darwin. */
  readonly WSASYSNOTREADY?: number;
  /** windows 10092; not on linux, darwin. */
  readonly WSAVERNOTSUPPORTED?: number;
  /** windows 10093; not on linux, darwin. */
  readonly WSANOTINITIALISED?: number;
  /** windows 10101; not on linux, darwin. */
  readonly WSAEDISCON?: number;
  /** windows 10102; not on linux, darwin. */
  readonly WSAENOMORE?: number;
  /** windows 10103; not on linux, darwin. */
  readonly WSAECANCELLED?: number;
  /** windows 10104; not on linux, darwin. */
  readonly WSAEINVALIDPROCTABLE?: number;
  /** windows 10105; not on linux, darwin. */
  readonly WSAEINVALIDPROVIDER?: number;
  /** windows 10106; not on linux, darwin. */
  readonly WSAEPROVIDERFAILEDINIT?: number;
  /** windows 10107; not on linux, darwin. */
  readonly WSASYSCALLFAILURE?: number;
  /** windows 10108; not on linux, darwin. */
  readonly WSASERVICE_NOT_FOUND?: number;
  /** windows 10109; not on linux, darwin. */
  readonly WSATYPE_NOT_FOUND?: number;
  /** windows 10110; not on linux, darwin. */
  readonly WSA_E_NO_MORE?: number;
  /** windows 10111; not on linux, darwin. */
  readonly WSA_E_CANCELLED?: number;
  /** windows 10112; not on linux, darwin. */
  readonly WSAEREFUSED?: number;
  /** windows 11001; not on linux, darwin. */
  readonly WSAHOST_NOT_FOUND?: number;
  /** windows 11002; not on linux, darwin. */
  readonly WSATRY_AGAIN?: number;
  /** windows 11003; not on linux, darwin. */
  readonly WSANO_RECOVERY?: number;
  /** windows 11004; not on linux, darwin. */
  readonly WSANO_DATA?: number;
}
