// The part of libzstd's stable API (zstd.h, 1.4 and later) that Copydesk
// uses, loaded at run time from libzstd.so.1 (the Debian package libzstd1,
// which every system has) rather than linked: building then needs no
// libzstd-dev headers, and a system without the library gets a clear error
// when it meets a .zst file instead of a binary that does not start.
#ifndef CZSTD_H
#define CZSTD_H
#include <stddef.h>

typedef struct { const void *src; size_t size; size_t pos; } copydesk_zstd_in;
typedef struct { void *dst; size_t size; size_t pos; } copydesk_zstd_out;

enum { copydesk_zstd_e_continue = 0, copydesk_zstd_e_end = 2 };
enum { copydesk_zstd_c_checksumFlag = 201 };

/// 1 when libzstd.so.1 could be loaded (tried once), else 0.
int copydesk_zstd_available(void);

// Each is libzstd's function of the name without the prefix; without the
// library the sizes are zstd's defaults, contexts are NULL and every result
// is an error.
size_t copydesk_zstd_DStreamInSize(void);
size_t copydesk_zstd_DStreamOutSize(void);
size_t copydesk_zstd_CStreamOutSize(void);
void *copydesk_zstd_createDCtx(void);
size_t copydesk_zstd_freeDCtx(void *dctx);
size_t copydesk_zstd_decompressStream(void *dctx, copydesk_zstd_out *output, copydesk_zstd_in *input);
void *copydesk_zstd_createCCtx(void);
size_t copydesk_zstd_freeCCtx(void *cctx);
size_t copydesk_zstd_CCtx_setParameter(void *cctx, int parameter, int value);
size_t copydesk_zstd_compressStream2(void *cctx, copydesk_zstd_out *output, copydesk_zstd_in *input, int endOp);
unsigned copydesk_zstd_isError(size_t code);
const char *copydesk_zstd_getErrorName(size_t code);

#endif
