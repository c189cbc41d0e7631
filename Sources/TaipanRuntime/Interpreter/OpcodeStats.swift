// `taipan -X opcode-stats FILE`: counts of executed instructions per opcode, of the times
// each took its generic (slow) path instead of a fast path or inline cache, and of the
// most frequent pairs of consecutive opcodes (candidates for superinstructions), printed
// to stderr at exit.
//
// Counting costs nothing when the flag is off: the interpreter loop is generic over a
// `LoopMode`, and `Interpreter.run` picks the counting instantiation only when enabled, so
// the default instantiation has no counting code at all.

#if canImport(Glibc)
import Glibc
#endif
import TaipanCompiler

/// How an instantiation of the interpreter loop behaves; `counts` is a constant per type,
/// so the specialised loop keeps or drops the counting code at compile time.
protocol LoopMode {
    static var counts: Bool { get }
}

enum PlainLoop: LoopMode {
    @inline(__always) static var counts: Bool { false }
}

enum CountingLoop: LoopMode {
    @inline(__always) static var counts: Bool { true }
}

public enum OpcodeStats {
    /// Set once at start-up, before any code runs.
    public private(set) static var enabled = false
    static var executed: UnsafeMutablePointer<UInt64>? = nil
    static var slow: UnsafeMutablePointer<UInt64>? = nil
    /// [previous opcode * 256 + opcode].
    static var pairs: UnsafeMutablePointer<UInt64>? = nil
    static var previous = 0

    public static func enable() {
        enabled = true
        executed = .allocate(capacity: 256)
        executed?.initialize(repeating: 0, count: 256)
        slow = .allocate(capacity: 256)
        slow?.initialize(repeating: 0, count: 256)
        pairs = .allocate(capacity: 256 * 256)
        pairs?.initialize(repeating: 0, count: 256 * 256)
    }

    @inline(never)
    static func count(_ inst: Instruction) {
        let op = Int(inst.rawOpcode)
        executed.unsafelyUnwrapped[op] &+= 1
        pairs.unsafelyUnwrapped[previous &* 256 &+ op] &+= 1
        previous = op
    }

    /// The instruction is taking its generic path (an inline-cache or fast-path miss).
    @inline(never)
    static func countSlow(_ inst: Instruction) {
        slow.unsafelyUnwrapped[Int(inst.rawOpcode)] &+= 1
    }

    static func name(_ raw: Int) -> String {
        guard let op = Opcode(rawValue: UInt8(truncatingIfNeeded: raw)) else { return "op\(raw)" }
        return "\(op)"
    }

    static func percent(_ part: UInt64, _ whole: UInt64) -> String {
        guard whole > 0 else { return "0.0%" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? s + fill : fill + s
    }

    /// The report, to stderr; nothing unless enabled.
    public static func report() {
        guard enabled, let executed, let slow, let pairs else { return }
        var total: UInt64 = 0
        for i in 0..<256 { total &+= executed[i] }
        var out = "opcode stats: \(total) instructions executed\n"
        out += pad("opcode", 24, left: true) + pad("count", 14) + pad("share", 8) + pad("generic", 14) + pad("miss", 8) + "\n"
        let order = (0..<256).filter { executed[$0] > 0 }.sorted { executed[$0] > executed[$1] }
        for i in order {
            out += pad(name(i), 24, left: true) + pad("\(executed[i])", 14) + pad(percent(executed[i], total), 8)
            out += pad(slow[i] > 0 ? "\(slow[i])" : "", 14) + pad(slow[i] > 0 ? percent(slow[i], executed[i]) : "", 8) + "\n"
        }
        out += "most frequent pairs:\n"
        let topPairs = (0..<(256 * 256)).filter { pairs[$0] > 0 }.sorted { pairs[$0] > pairs[$1] }.prefix(25)
        for p in topPairs {
            out += pad(name(p / 256) + " -> " + name(p % 256), 48, left: true) + pad("\(pairs[p])", 14)
                + pad(percent(pairs[p], total), 8) + "\n"
        }
        fflush(stdout)
        out.withUTF8 { b in _ = fwrite(b.baseAddress, 1, b.count, stderr) }
    }
}
