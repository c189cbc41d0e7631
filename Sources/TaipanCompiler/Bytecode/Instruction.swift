// The instruction word of Taipan's register bytecode.
//
// One 64-bit word per instruction: an opcode and three 16-bit operands, A, B and C, which
// name registers (frame slots), constants, names or counts as each opcode says
// (Opcode.swift). A jump's target is absolute: an instruction index in B (with C the high
// half when code is longer than 65,535 instructions). The top byte is free for quickened
// forms to keep a cache index or flags.
//
//   bits  0–7 opcode   8–23 A   24–39 B   40–55 C   56–63 X

@frozen
public struct Instruction: Equatable {
    public var bits: UInt64

    @inline(__always) public init(bits: UInt64) { self.bits = bits }

    @inline(__always)
    public init(_ op: Opcode, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0, x: Int = 0) {
        bits = UInt64(op.rawValue) | UInt64(UInt16(truncatingIfNeeded: a)) << 8
            | UInt64(UInt16(truncatingIfNeeded: b)) << 24 | UInt64(UInt16(truncatingIfNeeded: c)) << 40
            | UInt64(UInt8(truncatingIfNeeded: x)) << 56
    }

    /// The opcode. Instructions are made only by the compiler (and quickening), from valid
    /// opcodes, so the byte is decoded without a range check.
    @inline(__always) public var opcode: Opcode { unsafeBitCast(UInt8(truncatingIfNeeded: bits), to: Opcode.self) }
    @inline(__always) public var rawOpcode: UInt8 { UInt8(truncatingIfNeeded: bits) }
    @inline(__always) public var a: Int { Int(UInt16(truncatingIfNeeded: bits >> 8)) }
    @inline(__always) public var b: Int { Int(UInt16(truncatingIfNeeded: bits >> 24)) }
    @inline(__always) public var c: Int { Int(UInt16(truncatingIfNeeded: bits >> 40)) }
    @inline(__always) public var x: Int { Int(UInt8(truncatingIfNeeded: bits >> 56)) }

    /// A jump target held in B (low half) and C (high half).
    @inline(__always) public var target: Int { b | c << 16 }

    public static func jump(_ op: Opcode, _ a: Int, target: Int) -> Instruction {
        Instruction(op, a, target & 0xFFFF, target >> 16)
    }

    /// Rewrites the target of a jump instruction.
    public mutating func setTarget(_ target: Int) {
        let op = bits & 0xFF
        let aBits = bits & (0xFFFF << 8)
        let xBits = bits & (0xFF << 56)
        bits = op | aBits | UInt64(target & 0xFFFF) << 24 | UInt64((target >> 16) & 0xFFFF) << 40 | xBits
    }

    /// Replaces the opcode, keeping the operands (quickening).
    @inline(__always) public mutating func setOpcode(_ op: Opcode) {
        bits = (bits & ~0xFF) | UInt64(op.rawValue)
    }
}
