// GMP for Taipan's big ints (Sources/TaipanRuntime/Objects/IntObject.swift), which use only
// the low-level mpn_* functions on limb arrays that live in Taipan's own heap. gmp.h names
// them through macros (mpn_add is __gmpn_add), which Swift does not import, so the Swift
// side calls the __gmpn_* symbols directly.
#include <gmp.h>
