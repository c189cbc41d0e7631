// libffi for ctypes (Sources/TaipanRuntime/Modules/Ctypes): the Swift side prepares call
// interfaces and calls C functions through ffi_prep_cif/ffi_call, and builds callbacks with
// ffi_closure_alloc/ffi_prep_closure_loc. Nothing here but the header.
#include <ffi.h>
