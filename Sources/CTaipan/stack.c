// Stack bounds and register spilling for the conservative stack scan (see CTaipan.h).

#define _GNU_SOURCE
#include "CTaipan.h"
#include <pthread.h>
#include <string.h>
#include <sys/random.h>

int taipan_thread_stack_bounds(uintptr_t *low, uintptr_t *high) {
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return -1;
    void *address = NULL;
    size_t size = 0;
    int result = pthread_attr_getstack(&attributes, &address, &size);
    pthread_attr_destroy(&attributes);
    if (result != 0) return -1;
    *low = (uintptr_t)address;
    *high = (uintptr_t)address + size;
    return 0;
}

// __builtin_unwind_init makes the compiler save every callee-saved register in this frame
// (as the Boehm collector does; setjmp is not enough, since glibc mangles the saved frame
// and stack pointers). noinline keeps this frame below all the callers' frames.
__attribute__((noinline))
void taipan_with_registers_on_stack(void (*body)(void *context, uintptr_t stack_pointer), void *context) {
    __builtin_unwind_init();
    volatile uintptr_t marker = 0;
    body(context, (uintptr_t)&marker);
}

int taipan_random_bytes(void *buffer, size_t count) {
    return getrandom(buffer, count, 0) == (ssize_t)count ? 0 : -1;
}

void taipan_scrub_stack(size_t bytes) {
    char *buffer = __builtin_alloca(bytes);
    memset(buffer, 0, bytes);
    __asm__ volatile("" : : "r"(buffer) : "memory");
}
