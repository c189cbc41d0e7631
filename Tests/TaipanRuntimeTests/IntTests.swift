// int against CPython: every case of Fixtures/ints.txt (written by tools/gen_int_fixtures.py
// from python3; regenerate it rather than editing it) runs through the slot dispatch that
// the interpreter uses (Runtime.binary, Runtime.compare, …) and, for ints, through the
// IntOps call the interpreter makes directly; both must give CPython's result or exception.
// The fixture runs once more with a collection every few allocations, which a limb pointer
// or result held only where the collector cannot see it would not survive.

import Foundation
import XCTest
@testable import TaipanRuntime

final class IntTests: XCTestCase {
    override func setUp() {
        BuiltinTypes.bootstrap()
        IntOps.installSlots()
    }

    func testFixture() throws {
        let (count, failures) = try runFixture()
        XCTAssertGreaterThan(count, 1000, "fixture not read")
        for f in failures.prefix(30) { XCTFail(f) }
        XCTAssertEqual(failures.count, 0, "\(failures.count) of \(count) cases differ from CPython")
    }

    func testFixtureUnderGCStress() throws {
        let saved = (Heap.state.stressInterval, Heap.state.budget)
        Heap.state.stressInterval = 3
        Heap.state.budget = 3
        defer { (Heap.state.stressInterval, Heap.state.budget) = saved }
        let (count, failures) = try runFixture(every: 5)
        XCTAssertGreaterThan(count, 200, "fixture not read")
        for f in failures.prefix(30) { XCTFail(f) }
        XCTAssertEqual(failures.count, 0, "\(failures.count) of \(count) cases differ under GC stress")
    }

    func testInlineBoundary() throws {
        let top = IntOps.make(Value.smallIntMax)
        XCTAssertTrue(top.isSmallInt)
        XCTAssertFalse(IntOps.make(Value.smallIntMax + 1).isSmallInt)
        XCTAssertTrue(IntOps.make(Value.smallIntMin).isSmallInt)
        XCTAssertFalse(IntOps.make(Value.smallIntMin - 1).isSmallInt)
        // Results that fit come back inline, whichever path made them.
        let big = try IntOps.add(top, IntOps.make(1))
        XCTAssertFalse(big.isSmallInt)
        XCTAssertTrue(try IntOps.subtract(big, IntOps.make(1)).isSmallInt)
        XCTAssertTrue(IntOps.negate(IntOps.make(-(1 << 60))).isPointer)
        XCTAssertTrue(IntOps.negate(IntOps.negate(IntOps.make(-(1 << 60)))).isSmallInt)
        let huge = try IntOps.power(IntOps.make(10), IntOps.make(40))
        XCTAssertTrue(try IntOps.floorDivide(huge, IntOps.power(IntOps.make(10), IntOps.make(39))).isSmallInt)
        XCTAssertEqual(IntOps.asInt64(IntOps.make(Int64.min)), Int64.min)
        XCTAssertEqual(IntOps.asInt64(IntOps.make(Int64.max)), Int64.max)
        XCTAssertNil(IntOps.asInt64(try IntOps.add(IntOps.make(Int64.max), IntOps.make(1))))
        XCTAssertEqual(IntOps.asInt64(.bool(true)), 1)
    }

    func testBools() throws {
        let t = Value.bool(true)
        let f = Value.bool(false)
        XCTAssertTrue(try Runtime.binary(.and, t, t).isIdentical(t))
        XCTAssertTrue(try Runtime.binary(.xor, t, t).isIdentical(f))
        XCTAssertTrue(try Runtime.binary(.or, f, t).isIdentical(t))
        XCTAssertTrue(try Runtime.binary(.add, t, t).isSmallInt)
        XCTAssertTrue(try Runtime.binary(.and, t, IntOps.make(3)).isSmallInt)
        XCTAssertTrue(try Runtime.equals(t, IntOps.make(1)))
        XCTAssertEqual(try Runtime.hash(t), 1)
        XCTAssertEqual(StrRef(try Runtime.repr(f)).string, "False")
    }

    func testDecimalDigitsOfCompilerConstants() throws {
        let digits = "123456789012345678901234567890"
        XCTAssertEqual(try IntOps.toString(IntOps.fromDecimalDigits(digits)), digits)
        XCTAssertEqual(try IntOps.toString(IntOps.fromDecimalDigits("9223372036854775808")), "9223372036854775808")
        XCTAssertNil(IntOps.fromDecimalString("12a"))
        XCTAssertNil(IntOps.fromDecimalString(""))
    }

    // MARK: The fixture

    /// Runs every `every`-th case; returns the number run and a description of each mismatch.
    func runFixture(every: Int = 1) throws -> (Int, [String]) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ints.txt")
        let contents = try String(contentsOf: url, encoding: .utf8)
        var count = 0
        var failures: [String] = []
        for (number, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || number % every != 0 { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else {
                failures.append("ints.txt:\(number + 1): malformed line")
                continue
            }
            count += 1
            let got = run(fields[0], fields[1], fields[2], fields[3])
            if got != fields[4] {
                failures.append("ints.txt:\(number + 1): \(fields[0]) \(short(fields[1])) \(short(fields[2])) \(short(fields[3]))\n"
                    + "    expected \(short(fields[4]))\n    got      \(short(got))")
            }
        }
        return (count, failures)
    }

    func short(_ s: String) -> String { s.count > 90 ? String(s.prefix(90)) + "…" : s }

    /// The case's outcome, encoded as the fixture encodes CPython's.
    func run(_ op: String, _ a: String, _ b: String, _ c: String) -> String {
        do throws(PyException) {
            return try outcome(op, decode(a), decode(b), decode(c))
        } catch {
            return describe(error)
        }
    }

    static let binaryOps: [String: BinaryOp] = [
        "add": .add, "sub": .sub, "mul": .mul, "matmul": .matmul, "truediv": .truediv, "floordiv": .floordiv,
        "mod": .mod, "pow": .pow, "lshift": .lshift, "rshift": .rshift, "and": .and, "or": .or, "xor": .xor,
    ]
    static let compareOps: [String: CompareOp] = ["lt": .lt, "le": .le, "eq": .eq, "ne": .ne, "gt": .gt, "ge": .ge]

    /// The IntOps entry point the interpreter calls for each operator on two ints.
    static func direct(_ op: BinaryOp) -> ((Value, Value) throws(PyException) -> Value)? {
        switch op {
        case .add: return IntOps.add
        case .sub: return IntOps.subtract
        case .mul: return IntOps.multiply
        case .truediv: return IntOps.trueDivide
        case .floordiv: return IntOps.floorDivide
        case .mod: return IntOps.modulo
        case .pow: return IntOps.power
        case .lshift: return IntOps.leftShift
        case .rshift: return IntOps.rightShift
        case .and: return IntOps.bitAnd
        case .or: return IntOps.bitOr
        case .xor: return IntOps.bitXor
        case .matmul: return nil
        }
    }

    func outcome(_ op: String, _ a: Value, _ b: Value, _ c: Value) throws(PyException) -> String {
        if let binary = Self.binaryOps[op] {
            let viaSlots = encode(try Runtime.binary(binary, a, b))
            // bool & bool is bool's business; the int API answers with an int.
            let boolResult = viaSlots.hasPrefix("b:")
            if IntOps.isInt(a) && IntOps.isInt(b) && !boolResult, let direct = Self.direct(binary) {
                let viaAPI = encode(try direct(a, b))
                if viaAPI != viaSlots { return "API \(viaAPI) differs from slots \(viaSlots)" }
            }
            return viaSlots
        }
        if let compare = Self.compareOps[op] { return encode(try Runtime.compare(a, b, compare)) }
        switch op {
        case "divmod":
            let (q, r) = try IntOps.divmod(a, b)
            return "t:\(encodeInt(q)) \(encodeInt(r))"
        case "powmod": return encode(try IntOps.powMod(a, b, c))
        case "neg":
            let viaSlot = encode(try TypeRef(a.type).slots.negative!(a))
            let viaAPI = encode(IntOps.negate(a))
            return viaAPI == viaSlot ? viaSlot : "API \(viaAPI) differs from slot \(viaSlot)"
        case "pos": return encode(try TypeRef(a.type).slots.positive!(a))
        case "invert": return encode(try TypeRef(a.type).slots.invert!(a))
        case "abs": return encode(IntOps.absolute(a))
        case "hash":
            let h = try Runtime.hash(a)
            return h == IntOps.hash(a) ? "i:\(h)" : "Runtime.hash \(h) differs from IntOps.hash"
        case "bool": return encode(.bool(try Runtime.isTrue(a)))
        case "float": return encode(FloatOps.make(try IntOps.toDouble(a)))
        case "str":
            let s = StrRef(try Runtime.str(a)).string
            if !IntOps.isBool(a), try IntOps.toString(a) != s { return "toString differs from str()" }
            return "s:" + s
        case "hex": return "s:" + (try IntOps.toString(a, base: 16))
        case "oct": return "s:" + (try IntOps.toString(a, base: 8))
        case "bin": return "s:" + (try IntOps.toString(a, base: 2))
        case "base36": return "s:" + (try IntOps.toString(a, base: 36))
        case "bitlen": return "i:\(IntOps.bitLength(a))"
        case "trunc": return encode(try IntOps.fromDouble(FloatOps.value(a)))
        case "int": return encode(try IntOps.fromString(StrRef(a).string, base: Int(IntOps.asInt64(b)!)))
        default: return "unknown op \(op)"
        }
    }

    // MARK: Encoding

    func decode(_ field: String) throws(PyException) -> Value {
        switch field {
        case "-": return .null
        case "True": return .bool(true)
        case "False": return .bool(false)
        default: break
        }
        if field.hasPrefix("f:") { return FloatOps.make(Double(bitPattern: UInt64(field.dropFirst(2), radix: 16)!)) }
        if field.hasPrefix("a:") { return StrRef.create(String(field.dropFirst(2))).value }
        if field.hasPrefix("s:") {
            let hex = Array(field.utf8.dropFirst(2))
            let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
            return bytes.withUnsafeBufferPointer { StrRef.create(utf8: $0).value }
        }
        if field.contains("0x") { return try IntOps.fromString(field, base: 16) }
        return IntOps.fromDecimalString(field)!
    }

    func encode(_ v: Value) -> String {
        if v.isPointer && v.type.isIdentical(BuiltinTypes.bool) { return v.loadRaw(1) != 0 ? "b:True" : "b:False" }
        if IntOps.isInt(v) { return "i:" + encodeInt(v) }
        if v.isInlineFloat || (v.isPointer && v.type.isIdentical(BuiltinTypes.float)) {
            let hex = String(FloatOps.value(v).bitPattern, radix: 16)
            return "f:" + String(repeating: "0", count: 16 - hex.count) + hex
        }
        if v.isPointer && v.type.isIdentical(BuiltinTypes.str) { return "s:" + StrRef(v).string }
        return "unexpected \(TypeRef(v.type).nameString)"
    }

    /// Decimal, or signed hex past 3000 bits (as the generator writes).
    func encodeInt(_ v: Value) -> String {
        do throws(PyException) {
            if IntOps.bitLength(v) <= 3000 { return try IntOps.toString(v) }
            let negative = IntOps.isNegative(v)
            return (negative ? "-" : "") + "0x" + (try IntOps.toString(IntOps.absolute(v), base: 16))
        } catch {
            return "toString raised " + describe(error)
        }
    }

    func describe(_ e: PyException) -> String {
        let args = TupleRef(e.value.loadValue(ExceptionWords.args))
        let message = args.count == 0 ? "" : StrRef(args[0]).string
        return "!\(TypeRef(e.value.type).nameString):\(message)"
    }
}
