// C-callable function pointers for Python functions (CFUNCTYPE(...)(pyfunc)): a libffi
// closure whose handler converts the C arguments by type code, calls the Python half's
// `_run_callback(funcptr, raw_args)` and stores its normalised result.
//
// Each closure's user data is a malloc'd record (index of the function object in
// `targets`, argument count, result code, argument codes). `targets` is a heap list kept as
// a GC root, so a callback stays callable for the rest of the run (closures are not freed:
// C code may keep the pointer anywhere).

import CFFI
#if canImport(Glibc)
import Glibc
#endif

enum CtypesCallbacks {
    /// [`_run_callback`, funcptr 1, funcptr 2, …]
    static var targets = Value(bits: 0)

    static func install(_ module: Value) {
        if targets.isNull {
            targets = ListRef.create().value
            BuiltinTypes.registry.append(targets)
            ListRef(targets).append(.none)
        }
        ModuleTypes.function(module, "_ct_callback") { _, args throws(PyException) in
            try args.expect("_ct_callback", count: 3)
            let codes = Array(try CtypesModule.string(args[1], "argument codes").utf8)
            return try make(args[0], codes, try CtypesModule.code(args[2]))
        }
    }

    /// Called once the Python half has run: the function every callback goes through.
    static func setRunner(_ f: Value) { ListRef(targets)[0] = f }

    static func make(_ function: Value, _ codes: [UInt8], _ resultCode: UInt8) throws(PyException) -> Value {
        let n = codes.count
        let record = UnsafeMutableRawPointer.allocate(byteCount: 32 + MemoryLayout<ffi_cif>.size + n * 8 + n, alignment: 16)
        let cif = (record + 32).assumingMemoryBound(to: ffi_cif.self)
        let types = (record + 32 + MemoryLayout<ffi_cif>.size).assumingMemoryBound(to: UnsafeMutablePointer<ffi_type>?.self)
        let codeBytes = record + 32 + MemoryLayout<ffi_cif>.size + n * 8
        for (i, c) in codes.enumerated() {
            guard c != UInt8(ascii: "v"), let t = CtypesCall.ffiType(c) else { throw typeError("unsupported callback argument type") }
            types[i] = t
            codeBytes.storeBytes(of: c, toByteOffset: i, as: UInt8.self)
        }
        guard let result = CtypesCall.ffiType(resultCode) else { throw typeError("unsupported callback result type") }
        record.storeBytes(of: ListRef(targets).count, as: Int.self)
        record.storeBytes(of: n, toByteOffset: 8, as: Int.self)
        record.storeBytes(of: resultCode, toByteOffset: 16, as: UInt8.self)
        guard ffi_prep_cif(cif, FFI_DEFAULT_ABI, UInt32(n), result, n == 0 ? nil : types) == FFI_OK else {
            throw pyError(ExceptionTypes.named("RuntimeError"), "ffi_prep_cif failed")
        }
        var code: UnsafeMutableRawPointer? = nil
        guard let closure = ffi_closure_alloc(MemoryLayout<ffi_closure>.size, &code),
              let code,
              ffi_prep_closure_loc(closure.assumingMemoryBound(to: ffi_closure.self), cif, handler, record, code) == FFI_OK else {
            throw pyError(ExceptionTypes.named("MemoryError"), "cannot allocate a callback")
        }
        ListRef(targets).append(function)
        return IntOps.make(unsigned: UInt64(UInt(bitPattern: code)))
    }

    static let handler: @convention(c) (UnsafeMutablePointer<ffi_cif>?, UnsafeMutableRawPointer?,
                                        UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutableRawPointer?) -> Void = { _, ret, args, data in
        guard let data, let ret else { return }
        run(data, ret, args)
    }

    static func run(_ record: UnsafeMutableRawPointer, _ ret: UnsafeMutableRawPointer, _ args: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) {
        let index = record.load(as: Int.self)
        let n = record.load(fromByteOffset: 8, as: Int.self)
        let resultCode = record.load(fromByteOffset: 16, as: UInt8.self)
        let codeBytes = record + 32 + MemoryLayout<ffi_cif>.size + n * 8
        let list = ListRef(targets)
        let function = list[index]
        ret.storeBytes(of: 0, as: UInt64.self)
        do throws(PyException) {
            let raw = TupleRef.allocate(n)
            for i in 0..<n {
                guard let p = args?[i] else { continue }
                raw[i] = try CtypesMemory.load(codeBytes.load(fromByteOffset: i, as: UInt8.self), p)
            }
            let result = try Runtime.call(list[0], function, raw.value)
            switch resultCode {
            case UInt8(ascii: "v"): break
            case UInt8(ascii: "f"), UInt8(ascii: "d"), UInt8(ascii: "g"): try CtypesMemory.store(resultCode, ret, result)
            default:
                // Integers are returned widened to a whole register (ffi_arg).
                if result.isIdentical(BuiltinTypes.none) { break }
                if result.isIdentical(BuiltinTypes.true) || result.isIdentical(BuiltinTypes.false) {
                    ret.storeBytes(of: result.isIdentical(BuiltinTypes.true) ? 1 : 0, as: UInt64.self)
                } else {
                    ret.storeBytes(of: try CtypesMemory.address(result), as: UInt64.self)
                }
            }
        } catch {
            let shown = (try? Runtime.reprString(function)) ?? "<object repr() failed>"
            Programs.writeError("Exception ignored on calling ctypes callback function: \(shown)\n" + Programs.formatException(error.value))
        }
    }
}
