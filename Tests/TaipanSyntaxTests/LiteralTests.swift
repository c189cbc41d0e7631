// Literal decoding (numbers, str, bytes) and `repr` checked against CPython 3.11's answers.
// The expected values live in Fixtures/literals.txt, written by tools/gen_literal_fixtures.py
// from python3 (the file documents its format); regenerate it rather than editing it.

import XCTest
@testable import TaipanSyntax

final class LiteralTests: XCTestCase {
    func testNumberLiterals() throws {
        try forEachCase("num") { c in
            guard let value = parseNumberLiteral(c.input[...]) else {
                return XCTFail("\(c.note): not parsed")
            }
            XCTAssertEqual(pythonRepr(value), c.expected, c.note)
            switch (c.flags, value) {
            case ("int", .int), ("bigint", .bigInt), ("float", .float), ("complex", .imaginary):
                break
            default:
                XCTFail("\(c.note): wrong kind of constant \(value) for \(c.flags)")
            }
        }
    }

    func testStrLiterals() throws {
        try forEachCase("str") { c in
            var warning: Int? = nil
            let got: String
            do {
                let codePoints = try StringLiteral.decodeStr(
                    c.input[...], isRaw: c.flags == "raw", firstInvalidEscape: &warning)
                got = pythonRepr(.str(codePoints))
            } catch let error as StringLiteralError {
                got = "SyntaxError: " + error.message
            } catch {
                return XCTFail("\(c.note): unexpected \(error)")
            }
            XCTAssertEqual(got, c.expected, c.note)
            let warningText = warning.map { StringLiteral.invalidEscapeWarning(in: c.input[...], at: $0) }
            XCTAssertEqual(warningText ?? "", c.warning, c.note)
        }
    }

    func testBytesLiterals() throws {
        try forEachCase("bytes") { c in
            var warning: Int? = nil
            let got: String
            do {
                let bytes = try StringLiteral.decodeBytes(
                    c.input[...], isRaw: c.flags == "raw", firstInvalidEscape: &warning)
                got = pythonRepr(.bytes(bytes))
            } catch let error as StringLiteralError {
                got = "SyntaxError: " + error.message
            } catch {
                return XCTFail("\(c.note): unexpected \(error)")
            }
            XCTAssertEqual(got, c.expected, c.note)
            let warningText = warning.map { StringLiteral.invalidEscapeWarning(in: c.input[...], at: $0) }
            XCTAssertEqual(warningText ?? "", c.warning, c.note)
        }
    }

    func testStrRepr() throws {
        try forEachCase("srepr") { c in
            let codePoints = String(decoding: c.input, as: UTF8.self).split(separator: ",").map {
                UInt32($0, radix: 16)!
            }
            XCTAssertEqual(pythonStrRepr(codePoints: codePoints), c.expected, c.note)
            // The String entry point agrees wherever a Swift String can hold the text.
            let scalars = codePoints.compactMap(Unicode.Scalar.init)
            if scalars.count == codePoints.count {
                var s = ""
                s.unicodeScalars.append(contentsOf: scalars)
                XCTAssertEqual(pythonStrRepr(s), c.expected, c.note)
            }
        }
    }

    func testBytesRepr() throws {
        try forEachCase("brepr") { c in
            XCTAssertEqual(pythonBytesRepr(c.input), c.expected, c.note)
            XCTAssertEqual(pythonRepr(.bytes(c.input)), c.expected, c.note)
        }
    }

    func testFloatRepr() throws {
        try forEachCase("frepr") { c in
            let value = Double(bitPattern: UInt64(String(decoding: c.input, as: UTF8.self), radix: 16)!)
            XCTAssertEqual(pythonRepr(.float(value)), c.expected, c.note)
        }
    }

    func testImaginaryRepr() throws {
        try forEachCase("irepr") { c in
            let value = Double(bitPattern: UInt64(String(decoding: c.input, as: UTF8.self), radix: 16)!)
            XCTAssertEqual(pythonRepr(.imaginary(value)), c.expected, c.note)
        }
    }

    // MARK: Fixture

    struct Case {
        var flags: String
        var input: [UInt8]
        var expected: String
        var warning: String
        var note: String
    }

    static let fixture: [String: [Case]] = loadFixture()

    func forEachCase(_ kind: String, _ check: (Case) throws -> Void) throws {
        let cases = Self.fixture[kind] ?? []
        XCTAssertFalse(cases.isEmpty, "no '\(kind)' cases in the fixture")
        for c in cases { try check(c) }
    }

    static func loadFixture() -> [String: [Case]] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/literals.txt").path
        guard let data = FileManager.default.contents(atPath: path) else {
            XCTFail("cannot read \(path)")
            return [:]
        }
        var cases: [String: [Case]] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count >= 6 else {
                XCTFail("malformed fixture line: \(String(decoding: line, as: UTF8.self))")
                continue
            }
            let text = { (field: Data.SubSequence) in String(decoding: field, as: UTF8.self) }
            cases[text(fields[0]), default: []].append(Case(
                flags: text(fields[1]),
                input: unhex(fields[2]),
                expected: String(decoding: unhex(fields[3]), as: UTF8.self),
                warning: String(decoding: unhex(fields[4]), as: UTF8.self),
                note: text(fields[5])))
        }
        return cases
    }

    static func unhex(_ field: Data.SubSequence) -> [UInt8] {
        func nibble(_ c: UInt8) -> UInt8 {
            c <= UInt8(ascii: "9") ? c - UInt8(ascii: "0") : (c | 0x20) - UInt8(ascii: "a") + 10
        }
        let digits = Array(field)
        return stride(from: 0, to: digits.count - 1, by: 2).map {
            nibble(digits[$0]) << 4 | nibble(digits[$0 + 1])
        }
    }
}
