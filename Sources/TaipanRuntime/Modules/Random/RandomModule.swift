// _random: the Random type (the Mersenne Twister; random.py builds on it), with CPython
// 3.11's seeding rules and messages.
//
//   Random  word 0 type   1 state: a bytes object used as the generator's raw buffer

#if canImport(Glibc)
import Glibc
#endif

enum RandomModule {
    static var type = Value(bits: 0)

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_random")
        ModuleTypes.export([setUp()], to: m)
        return m
    }

    static func generator(_ r: Value) -> MersenneTwister {
        var state = r.loadValue(1)
        if state.isNull {
            // A subclass whose __new__ did not run ours: make the state on first use.
            state = BytesOps.create([UInt8](repeating: 0, count: MersenneTwister.stateBytes))
            r.storeValue(1, state)
            MersenneTwister(words: BytesOps.data(state).assumingMemoryBound(to: UInt32.self)).seed(key: [0])
        }
        return MersenneTwister(words: BytesOps.data(state).assumingMemoryBound(to: UInt32.self))
    }

    static func valueError(_ message: String) -> PyException { pyError(ExceptionTypes.named("ValueError"), message) }

    /// random_seed: None → the OS's entropy; an int → its absolute value's 32-bit words;
    /// anything else → its hash, as an unsigned word.
    static func seed(_ r: Value, _ arg: Value?) throws(PyException) {
        let mt = generator(r)
        guard let arg, !arg.isIdentical(.none) else {
            var key = [UInt32](repeating: 0, count: MersenneTwister.n)
            let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
            var got = 0
            if fd >= 0 {
                got = key.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                close(fd)
            }
            if got != key.count * 4 {
                var now = timespec()
                clock_gettime(CLOCK_REALTIME, &now)
                key = [UInt32(truncatingIfNeeded: now.tv_sec), UInt32(truncatingIfNeeded: now.tv_nsec), UInt32(truncatingIfNeeded: getpid())]
            }
            mt.seed(key: key)
            return
        }
        var n: Value
        if IntOps.isInt(arg) {
            n = IntOps.unbool(arg)
        } else {
            let h = try Runtime.hash(arg)
            n = IntOps.make(unsigned: UInt64(bitPattern: Int64(h)))
        }
        var key: [UInt32] = []
        IntOps.withMagnitude(n) { m in
            for i in 0..<m.count {
                let limb = UInt64(m.limbs[i])
                key.append(UInt32(truncatingIfNeeded: limb))
                key.append(UInt32(truncatingIfNeeded: limb >> 32))
            }
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        if key.isEmpty { key = [0] }
        mt.seed(key: key)
    }

    /// getrandbits(k): k random bits as a non-negative int.
    static func randomBits(_ mt: MersenneTwister, _ k: Int) -> Value {
        if k <= 32 { return Value(smallInt: Int64(mt.next() >> UInt32(32 - k))) }
        let wordCount = (k - 1) / 32 + 1
        var limbs = [Limb](repeating: 0, count: (wordCount + 1) / 2)
        var remaining = k
        for i in 0..<wordCount {
            var r = UInt64(mt.next())
            if remaining < 32 { r >>= UInt64(32 - remaining) }
            limbs[i / 2] |= Limb(r << (i % 2 == 0 ? 0 : 32))
            remaining -= 32
        }
        while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
        if limbs.count == 1 && limbs[0] <= Limb(Int64.max) { return IntOps.make(Int64(limbs[0])) }
        return limbs.withUnsafeBufferPointer { IntOps.fromLimbs($0.baseAddress!, count: $0.count, negative: false) }
    }

    static func setUp() -> Value {
        if !type.isNull { return type }
        let slots = TypeSlots()
        slots.new = { cls, args throws(PyException) in
            if cls.isIdentical(type) && args.keywordCount > 0 { throw typeError("Random() takes no keyword arguments") }
            let r = ModuleTypes.instance(of: cls)
            r.storeValue(1, BytesOps.create([UInt8](repeating: 0, count: MersenneTwister.stateBytes)))
            return r
        }
        slots.initialize = { r, args throws(PyException) in
            if r.type.isIdentical(type) && args.keywordCount > 0 { throw typeError("Random() takes no keyword arguments") }
            if args.positionalCount > 1 { throw typeError("Random() requires 0 or 1 argument") }
            try seed(r, args.positionalCount == 1 ? args[0] : nil)
        }
        type = ModuleTypes.make("Random", module: "_random", words: 2, slots: slots)
        NativeFunctions.addMethod(type, "seed") { r, args throws(PyException) in
            try args.expect("seed", min: 0, max: 1)
            try seed(r, args.positionalCount == 1 ? args[0] : nil)
            return .none
        }
        NativeFunctions.addMethod(type, "random") { r, args throws(PyException) in
            try args.expect("random", count: 0)
            return FloatOps.make(generator(r).nextDouble())
        }
        NativeFunctions.addMethod(type, "getrandbits") { r, args throws(PyException) in
            try args.expect("getrandbits", count: 1)
            guard let k = try IntOps.index(args[0]) else {
                throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
            }
            if k < 0 { throw valueError("number of bits must be non-negative") }
            if k == 0 { return Value(smallInt: 0) }
            return randomBits(generator(r), k)
        }
        NativeFunctions.addMethod(type, "getstate") { r, args throws(PyException) in
            try args.expect("getstate", count: 0)
            let mt = generator(r)
            let t = TupleRef.allocate(MersenneTwister.n + 1)
            for i in 0...MersenneTwister.n { t[i] = Value(smallInt: Int64(mt.words[i])) }
            return t.value
        }
        NativeFunctions.addMethod(type, "setstate") { r, args throws(PyException) in
            try args.expect("setstate", count: 1)
            let state = args[0]
            guard TypeRef(state.type).isSubtype(of: BuiltinTypes.tuple) else { throw typeError("state vector must be a tuple") }
            let t = TupleRef(state)
            guard t.count == MersenneTwister.n + 1 else { throw valueError("state vector is the wrong size") }
            var words = [UInt32](repeating: 0, count: MersenneTwister.n + 1)
            for i in 0..<MersenneTwister.n {
                let v = try MathModule.integer(t[i])
                if IntOps.isNegative(v) { throw pyError(ExceptionTypes.named("OverflowError"), "can't convert negative value to unsigned int") }
                guard let u = IntOps.asUInt64(v) else {
                    throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C unsigned long")
                }
                words[i] = UInt32(truncatingIfNeeded: u)
            }
            guard let index = try IntOps.index(t[MersenneTwister.n]), index >= 0, index <= MersenneTwister.n else {
                throw valueError("invalid state")
            }
            words[MersenneTwister.n] = UInt32(index)
            let mt = generator(r)
            for i in 0...MersenneTwister.n { mt.words[i] = words[i] }
            return .none
        }
        return type
    }
}
