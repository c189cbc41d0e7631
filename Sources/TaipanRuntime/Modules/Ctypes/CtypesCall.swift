// Calling C functions through libffi.
//
// A call plan is a private bytes object (non-moving, collected with its owner) holding a
// prepared ffi_cif and what the call needs, so a function object with fixed argtypes and
// restype prepares its cif once and each call only converts values:
//
//   plan  0 function address   8 flags   16 argument count   24 result type code
//         32 ffi_cif   then the ffi_type pointers of the arguments, then their type codes
//
// Type codes are ctypes' `_type_` letters ('v' for a void result). The fast path converts
// Python ints, floats, None and bytes without leaving Swift; any other argument makes it
// answer nil, and the Python half converts through from_param and calls `_ct_call` with
// normalised values.

import CFFI
#if canImport(Glibc)
import Glibc
#endif

enum CtypesCall {
    static let cifOffset = 32
    static let cifSize = (MemoryLayout<ffi_cif>.size + 7) & ~7
    static let useErrno = 8
    /// ctypes' private copy of errno, swapped with the real one around calls of functions
    /// made with use_errno=True.
    static var privateErrno: Int32 = 0

    static func ffiType(_ code: UInt8) -> UnsafeMutablePointer<ffi_type>? {
        switch code {
        case UInt8(ascii: "b"), UInt8(ascii: "c"): return withUnsafeMutablePointer(to: &ffi_type_sint8) { $0 }
        case UInt8(ascii: "B"), UInt8(ascii: "?"): return withUnsafeMutablePointer(to: &ffi_type_uint8) { $0 }
        case UInt8(ascii: "h"): return withUnsafeMutablePointer(to: &ffi_type_sint16) { $0 }
        case UInt8(ascii: "H"): return withUnsafeMutablePointer(to: &ffi_type_uint16) { $0 }
        case UInt8(ascii: "i"), UInt8(ascii: "u"): return withUnsafeMutablePointer(to: &ffi_type_sint32) { $0 }
        case UInt8(ascii: "I"): return withUnsafeMutablePointer(to: &ffi_type_uint32) { $0 }
        case UInt8(ascii: "l"), UInt8(ascii: "q"): return withUnsafeMutablePointer(to: &ffi_type_sint64) { $0 }
        case UInt8(ascii: "L"), UInt8(ascii: "Q"): return withUnsafeMutablePointer(to: &ffi_type_uint64) { $0 }
        case UInt8(ascii: "f"): return withUnsafeMutablePointer(to: &ffi_type_float) { $0 }
        case UInt8(ascii: "d"): return withUnsafeMutablePointer(to: &ffi_type_double) { $0 }
        case UInt8(ascii: "g"): return withUnsafeMutablePointer(to: &ffi_type_longdouble) { $0 }
        case UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "P"), UInt8(ascii: "O"):
            return withUnsafeMutablePointer(to: &ffi_type_pointer) { $0 }
        case UInt8(ascii: "v"): return withUnsafeMutablePointer(to: &ffi_type_void) { $0 }
        default: return nil
        }
    }

    /// A plan for calling `address` with arguments of `argumentCodes` returning `resultCode`.
    static func makePlan(address: UInt64, flags: Int, argumentCodes: [UInt8], resultCode: UInt8) throws(PyException) -> Value {
        let n = argumentCodes.count
        let typesOffset = cifOffset + cifSize
        let plan = CtypesMemory.allocate(typesOffset + n * 8 + n)
        let base = BytesOps.data(plan)
        base.storeBytes(of: address, as: UInt64.self)
        base.storeBytes(of: flags, toByteOffset: 8, as: Int.self)
        base.storeBytes(of: n, toByteOffset: 16, as: Int.self)
        base.storeBytes(of: resultCode, toByteOffset: 24, as: UInt8.self)
        let types = (base + typesOffset).assumingMemoryBound(to: UnsafeMutablePointer<ffi_type>?.self)
        for (i, code) in argumentCodes.enumerated() {
            guard code != UInt8(ascii: "v"), let t = ffiType(code) else { throw typeError("unsupported argument type code") }
            types[i] = t
            base.storeBytes(of: code, toByteOffset: typesOffset + n * 8 + i, as: UInt8.self)
        }
        guard let result = ffiType(resultCode) else { throw typeError("unsupported result type code") }
        let cif = (base + cifOffset).assumingMemoryBound(to: ffi_cif.self)
        let status = ffi_prep_cif(cif, FFI_DEFAULT_ABI, UInt32(n), result, n == 0 ? nil : types)
        guard status == FFI_OK else { throw pyError(ExceptionTypes.named("RuntimeError"), "ffi_prep_cif failed with \(status.rawValue)") }
        return plan
    }

    static func argumentCount(_ plan: Value) -> Int { BytesOps.data(plan).load(fromByteOffset: 16, as: Int.self) }

    /// Whether the fast path converts `v` for type code `code` exactly as from_param would.
    @inline(__always)
    static func isPlain(_ code: UInt8, _ v: Value) -> Bool {
        switch code {
        case UInt8(ascii: "d"), UInt8(ascii: "f"):
            return v.isInlineFloat || v.isSmallInt || v.type.isIdentical(BuiltinTypes.float)
        case UInt8(ascii: "z"):
            return v.isSmallInt || v.isIdentical(BuiltinTypes.none) || v.type.isIdentical(BytesOps.type)
        case UInt8(ascii: "P"):
            return v.isSmallInt || v.isIdentical(BuiltinTypes.none)
        case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "i"),
             UInt8(ascii: "I"), UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "q"), UInt8(ascii: "Q"):
            return v.isSmallInt
        default:
            return false
        }
    }

    /// Calls through `plan` with `args`: nil when an argument needs from_param (only when
    /// `normalised` is false; normalised arguments come from the Python half).
    static func invoke(_ plan: Value, _ args: Arguments, normalised: Bool) throws(PyException) -> Value? {
        let base = BytesOps.data(plan)
        let n = base.load(fromByteOffset: 16, as: Int.self)
        guard args.positionalCount == n, args.keywordCount == 0 else { return nil }
        let codes = base + cifOffset + cifSize + n * 8
        if !normalised {
            for i in 0..<n where !isPlain(codes.load(fromByteOffset: i, as: UInt8.self), args[i]) { return nil }
        }
        return try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * n + 2) { storage throws(PyException) -> Value in
            try withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer?.self, capacity: max(n, 1)) { pointers throws(PyException) -> Value in
                let slots = UnsafeMutableRawPointer(storage.baseAddress!)
                for i in 0..<n {
                    let slot = slots + 16 * (i + 1)
                    try CtypesMemory.store(codes.load(fromByteOffset: i, as: UInt8.self), slot, args[i])
                    pointers[i] = slot
                }
                slots.storeBytes(of: 0, as: UInt64.self)
                slots.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
                let address = base.load(as: UInt64.self)
                guard let function = UnsafeRawPointer(bitPattern: UInt(address)) else {
                    throw pyError(ExceptionTypes.named("ValueError"), "NULL pointer access")
                }
                let swapErrno = base.load(fromByteOffset: 8, as: Int.self) & useErrno != 0
                if swapErrno { swap(&errno, &privateErrno) }
                ffi_call((base + cifOffset).assumingMemoryBound(to: ffi_cif.self),
                         unsafeBitCast(function, to: (@convention(c) () -> Void).self), slots, pointers.baseAddress)
                if swapErrno { swap(&errno, &privateErrno) }
                let resultCode = base.load(fromByteOffset: 24, as: UInt8.self)
                if resultCode == UInt8(ascii: "v") { return BuiltinTypes.none }
                return try CtypesMemory.load(resultCode, slots)
            }
        }
    }
}
