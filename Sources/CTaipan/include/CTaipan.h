// The few things Swift cannot say, for the runtime: where this thread's stack lies, and a
// way to run code with the callee-saved registers spilled onto the stack, so that the
// garbage collector's conservative scan sees every pointer the native code holds.

#ifndef CTAIPAN_H
#define CTAIPAN_H

#include <stddef.h>
#include <stdint.h>

/// The current thread's stack: [*low, *high). Returns 0 on success.
int taipan_thread_stack_bounds(uintptr_t *low, uintptr_t *high);

/// Calls `body(context, stack_pointer)` after spilling the registers into a jmp_buf on
/// the stack; `stack_pointer` is an address at or below that buffer, so scanning from it
/// to the stack's high end covers every register value live in the callers.
void taipan_with_registers_on_stack(void (*body)(void *context, uintptr_t stack_pointer), void *context);

/// Zeroes `bytes` of the stack below the caller's frame, so that the frames of functions it
/// calls next start clean: stale pointers left there by earlier calls would otherwise keep
/// dead objects alive through the conservative scan (gc.collect() uses it).
void taipan_scrub_stack(size_t bytes);

/// Fills `buffer` with `count` random bytes from the kernel. Returns 0 on success.
int taipan_random_bytes(void *buffer, size_t count);

#endif
