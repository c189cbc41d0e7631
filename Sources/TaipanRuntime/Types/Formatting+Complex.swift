// format(complex, spec), as CPython's format_complex_internal: each part is formatted as a
// float without padding (the imaginary part always signed unless the real part is left
// out), then "(re+imj)" as a whole is padded. No presentation type means repr-like digits
// with parentheses, and a zero real part of positive sign is omitted, as str() does.

extension FormatEngine {
    public static func formatComplex(_ re: Double, _ im: Double, _ spec: FormatSpecifier,
                                     typeName: String = "complex") throws(FormatError) -> [UInt32] {
        var type: UInt8
        switch spec.type {
        case 0: type = 0
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E: type = UInt8(spec.type)
        default: throw unknownCode(spec.type, typeName)
        }
        if spec.fill == Ascii.zero { throw .value("Zero padding is not allowed in complex format specifier") }
        if spec.align == Ascii.equal { throw .value("'=' alignment flag is not allowed in complex format specifier") }
        var precision = spec.precision
        var defaultPrecision = 6
        var skipReal = false
        var parentheses = false
        if type == 0 {
            type = 0x72  // r
            defaultPrecision = 0
            if re == 0 && re.sign == .plus { skipReal = true } else { parentheses = true }
        }
        if type == 0x6E { type = 0x67 }  // n is g in the C locale
        if precision < 0 {
            precision = defaultPrecision
        } else if type == 0x72 {
            type = 0x67
        }
        if precision > Int(Int32.max) { throw .value("precision too big") }
        try checkSize(precision)

        // The parts are laid out unpadded; the padding goes around the whole.
        var partSpec = spec
        partSpec.fill = Ascii.space
        partSpec.align = Ascii.less
        partSpec.width = -1
        func part(_ d: Double, sign: UInt32) throws(FormatError) -> [UInt32] {
            let text = doubleToString(d, type: type, precision: precision, alternate: spec.alternate,
                                      noNegativeZero: spec.noNegativeZero)
            var start = 0
            var negative = false
            if text.first == Ascii.minusByte {
                negative = true
                start = 1
            }
            var digitEnd = start
            while digitEnd < text.count && text[digitEnd] >= 0x30 && text[digitEnd] <= 0x39 { digitEnd += 1 }
            return try layoutNumber(sign: signCharacter(negative: negative, sign), digits: text[start..<digitEnd],
                                    suffix: text[digitEnd...], partSpec)
        }
        var body: [UInt32] = []
        if parentheses { body.append(0x28) }
        if !skipReal { body += try part(re, sign: spec.sign) }
        body += try part(im, sign: skipReal ? spec.sign : Ascii.plus)
        body.append(0x6A)  // j
        if parentheses { body.append(0x29) }

        let padding = max(spec.width - body.count, 0)
        try checkSize(padding)
        let left = spec.align == Ascii.greater ? padding : spec.align == Ascii.caret ? padding / 2 : 0
        var out: [UInt32] = []
        out.reserveCapacity(body.count + padding)
        append(spec.fill, left, to: &out)
        out += body
        append(spec.fill, padding - left, to: &out)
        return out
    }
}

extension Ascii {
    static let minusByte: UInt8 = 0x2D
}
