// Frames live on a per-thread frame stack, not on the Swift stack: a Python call from
// Python pushes a frame and the interpreter loop continues, so recursion depth is a
// setting, not a property of the native stack. Registers live in a separate contiguous
// register stack; a frame points at its window. Both stacks are reserved as large virtual
// ranges up front (pages are committed as they are touched), so they never move.
//
// The collector scans both precisely: every frame's Values and every register below the
// top.

#if canImport(Glibc)
import Glibc
#endif

public struct Frame {
    /// The code object being run.
    var code: Value
    /// The function called (null for module and class bodies and exec).
    var function: Value
    var globals: Value
    var builtins: Value
    /// The locals mapping of module and class bodies (null in functions).
    var locals: Value
    /// This frame's registers.
    var registers: UnsafeMutablePointer<Value>
    /// The instruction being executed; the loop keeps it in a local and writes it here
    /// only when a call pushes a frame, at a yield, and when an exception passes.
    var pc: Int
    /// The caller's register that receives this frame's return value.
    var resultRegister: Int
    /// Set on a frame pushed by native code: returning from it leaves `Interpreter.run`.
    var isEntry: Bool
    /// Registers this frame took from the register stack (0 for a generator's frame, whose
    /// registers live in the generator).
    var registerCount: Int
    /// The generator running in this frame, or null.
    var generator: Value
    /// What returning must do besides storing the result (ReturnAction, InlineCache.swift).
    var returnAction: Int = ReturnAction.none
    /// The instance a cached class call is constructing, or the left operand of a binary
    /// dunder pushed by an operator's fast path.
    var pending: Value = .null
}

public enum ThreadState {
    static let frameCapacity = 1 << 20
    static let registerCapacity = 1 << 26

    // The stacks are reserved by setUp; until then these are nil. They are optionals with a
    // constant initial value so that reading them costs no lazy-initialisation check.
    static var frameStack: UnsafeMutablePointer<Frame>? = nil
    static var registerStack: UnsafeMutablePointer<Value>? = nil
    @inline(__always) static var frames: UnsafeMutablePointer<Frame> { frameStack.unsafelyUnwrapped }
    static var frameCount = 0
    @inline(__always) static var registers: UnsafeMutablePointer<Value> { registerStack.unsafelyUnwrapped }
    /// The first register not used by any frame.
    static var registerTop = 0

    /// The exception being handled (`sys.exc_info()`), or None.
    public static var handledException = Value(bits: 0)
    /// `sys.getrecursionlimit()`.
    public static var recursionLimit = 1000
    /// Native re-entries into the interpreter, counted against the limit as CPython counts
    /// C recursion.
    static var nativeDepth = 0

    /// Zero-filled virtual memory for `count` items (mmap commits pages on first touch).
    static func reserve<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let bytes = count * MemoryLayout<T>.stride
        guard let memory = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
              memory != MAP_FAILED else {
            fatalError("Taipan: cannot reserve \(bytes) bytes for the interpreter stacks")
        }
        return memory.bindMemory(to: T.self, capacity: count)
    }

    static func setUp() {
        if frameStack == nil {
            frameStack = reserve(Frame.self, count: frameCapacity)
            registerStack = reserve(Value.self, count: registerCapacity)
        }
        handledException = .none
        Heap.addRootProvider { visitor in
            for i in 0..<ThreadState.frameCount {
                let f = ThreadState.frames[i]
                visitor.visit(f.code)
                visitor.visit(f.function)
                visitor.visit(f.globals)
                visitor.visit(f.builtins)
                visitor.visit(f.locals)
                visitor.visit(f.generator)
                visitor.visit(f.pending)
            }
            visitor.visit(ThreadState.registers, count: ThreadState.registerTop)
            visitor.visit(ThreadState.handledException)
        }
    }

    @inline(__always) static var currentFrame: UnsafeMutablePointer<Frame> { frames + (frameCount - 1) }
}
