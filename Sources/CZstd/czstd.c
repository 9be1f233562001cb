#include "czstd.h"
#include <dlfcn.h>
#include <pthread.h>

static struct {
    size_t (*DStreamInSize)(void);
    size_t (*DStreamOutSize)(void);
    size_t (*CStreamOutSize)(void);
    void *(*createDCtx)(void);
    size_t (*freeDCtx)(void *);
    size_t (*decompressStream)(void *, copydesk_zstd_out *, copydesk_zstd_in *);
    void *(*createCCtx)(void);
    size_t (*freeCCtx)(void *);
    size_t (*CCtx_setParameter)(void *, int, int);
    size_t (*compressStream2)(void *, copydesk_zstd_out *, copydesk_zstd_in *, int);
    unsigned (*isError)(size_t);
    const char *(*getErrorName)(size_t);
} zstd;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded = 0;

static void load(void) {
    void *lib = dlopen("libzstd.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!lib) return;
#define BIND(name) *(void **)(&zstd.name) = dlsym(lib, "ZSTD_" #name); if (!zstd.name) return;
    BIND(DStreamInSize) BIND(DStreamOutSize) BIND(CStreamOutSize) BIND(createDCtx) BIND(freeDCtx)
    BIND(decompressStream) BIND(createCCtx) BIND(freeCCtx) BIND(CCtx_setParameter) BIND(compressStream2)
    BIND(isError) BIND(getErrorName)
#undef BIND
    loaded = 1;
}

int copydesk_zstd_available(void) { pthread_once(&once, load); return loaded; }

// Defaults of zstd 1.5 (ZSTD_BLOCKSIZE_MAX + header for input, 128 KiB out).
size_t copydesk_zstd_DStreamInSize(void) { return copydesk_zstd_available() ? zstd.DStreamInSize() : 131075; }
size_t copydesk_zstd_DStreamOutSize(void) { return copydesk_zstd_available() ? zstd.DStreamOutSize() : 131072; }
size_t copydesk_zstd_CStreamOutSize(void) { return copydesk_zstd_available() ? zstd.CStreamOutSize() : 131591; }
void *copydesk_zstd_createDCtx(void) { return copydesk_zstd_available() ? zstd.createDCtx() : NULL; }
size_t copydesk_zstd_freeDCtx(void *d) { return copydesk_zstd_available() ? zstd.freeDCtx(d) : 0; }
size_t copydesk_zstd_decompressStream(void *d, copydesk_zstd_out *o, copydesk_zstd_in *i) {
    return copydesk_zstd_available() ? zstd.decompressStream(d, o, i) : (size_t)-1;
}
void *copydesk_zstd_createCCtx(void) { return copydesk_zstd_available() ? zstd.createCCtx() : NULL; }
size_t copydesk_zstd_freeCCtx(void *c) { return copydesk_zstd_available() ? zstd.freeCCtx(c) : 0; }
size_t copydesk_zstd_CCtx_setParameter(void *c, int p, int v) { return copydesk_zstd_available() ? zstd.CCtx_setParameter(c, p, v) : (size_t)-1; }
size_t copydesk_zstd_compressStream2(void *c, copydesk_zstd_out *o, copydesk_zstd_in *i, int e) {
    return copydesk_zstd_available() ? zstd.compressStream2(c, o, i, e) : (size_t)-1;
}
unsigned copydesk_zstd_isError(size_t code) { return copydesk_zstd_available() ? zstd.isError(code) : 1; }
const char *copydesk_zstd_getErrorName(size_t code) {
    return copydesk_zstd_available() ? zstd.getErrorName(code) : "libzstd.so.1 is not installed";
}
