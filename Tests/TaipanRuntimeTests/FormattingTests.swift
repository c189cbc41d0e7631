// format(), str % args and round() checked against CPython 3.11's answers through the pure
// formatting layer (no runtime bootstrap needed). The cases live in Fixtures/format.txt,
// written by tools/gen_format_fixtures.py from python3; regenerate it rather than editing it.

import Foundation
import XCTest
@testable import TaipanRuntime

final class FormattingTests: XCTestCase {
    func testFixture() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/format.txt")
        let contents = try String(contentsOf: url, encoding: .utf8)
        let (cases, mismatches) = FormattingFixture.run(contents)
        XCTAssertGreaterThan(cases, 1000, "fixture not read")
        for m in mismatches.prefix(30) {
            XCTFail("format.txt:\(m.line): \(m.text)\n    got: \(m.got)")
        }
        XCTAssertEqual(mismatches.count, 0, "\(mismatches.count) of \(cases) cases differ from CPython")
    }

    func testDoubleToString() {
        func text(_ d: Double, _ type: Character, _ precision: Int, alternate: Bool = false) -> String {
            String(decoding: FormatEngine.doubleToString(d, type: type.asciiValue!, precision: precision,
                                                         alternate: alternate), as: UTF8.self)
        }
        XCTAssertEqual(text(0.1, "g", 17), "0.10000000000000001")
        XCTAssertEqual(text(0.1, "f", 20), "0.10000000000000000555")
        XCTAssertEqual(text(2.5, "f", 0), "2")
        XCTAssertEqual(text(0.125, "f", 2), "0.12")
        XCTAssertEqual(text(1e16, "r", 0), "1e+16")
        XCTAssertEqual(text(1.0, "f", 0, alternate: true), "1.")
        XCTAssertEqual(text(-.nan, "f", 6), "nan")
        XCTAssertEqual(text(-.infinity, "E", 6), "-INF")
        XCTAssertEqual(FormatEngine.reprDouble(1.0), "1.0")
        XCTAssertEqual(FormatEngine.reprDouble(5e-324), "5e-324")
    }

    func testRound() throws {
        XCTAssertEqual(try FormatEngine.roundDouble(2.675, ndigits: 2), 2.67)
        XCTAssertEqual(try FormatEngine.roundDouble(-0.4, ndigits: 0).sign, .minus)
        XCTAssertThrowsError(try FormatEngine.roundDouble(1.7e308, ndigits: -308))
        XCTAssertEqual(try FormatEngine.roundToIntegral(2.5), 2)
    }
}
