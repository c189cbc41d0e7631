// printf-style `str % args`, exact to CPython 3.11's PyUnicode_Format: conversions
// s r a d i u o x X e E f F g G c %, flags `-+ #0`, width and precision (digits or `*`),
// mapping keys `%(name)s`, and the ignored length modifiers h l L.
//
// The engine is generic over a host that owns the argument values (Values in the runtime,
// a small enum in the tests) and performs str()/repr()/int conversions; the engine itself
// holds arguments only in locals, never in Swift collections, so GC roots stay on the stack.
//
// Argument bookkeeping follows CPython exactly, quirks included: a non-tuple argument is
// used as the single argument; anything with __getitem__ other than a tuple or str is also
// the mapping for %(key) (so `'abc' % []` is fine); after a %(key) the looked-up value
// becomes the single argument for the rest of that conversion and later ones.

/// What the percent engine needs to know about arguments.
public protocol PercentFormatHost {
    associatedtype Argument
    associatedtype Failure: Error

    func failure(_ error: FormatError) -> Failure
    /// The item count if `a` is a tuple, nil otherwise.
    func tupleCount(_ a: Argument) -> Int?
    func tupleItem(_ a: Argument, _ i: Int) -> Argument
    /// Whether `a` may serve as the mapping of %(key): it has __getitem__ and is neither a
    /// tuple nor a str.
    func isMapping(_ a: Argument) -> Bool
    func item(_ mapping: Argument, key: [UInt32]) throws(Failure) -> Argument
    /// str(a), repr(a) or ascii(a) for conversion `s`, `r` or `a`.
    func text(_ a: Argument, conversion: UInt8) throws(Failure) -> [UInt32]
    /// The integer value of `a` for conversion d i u (int(a)) or o x X (a.__index__()), as a
    /// sign and the magnitude's lowercase ASCII digits in base 10, 8 or 16 respectively.
    func integer(_ a: Argument, conversion: UInt8) throws(Failure) -> (negative: Bool, magnitude: [UInt8])
    /// float(a) for the e f g conversions.
    func real(_ a: Argument) throws(Failure) -> Double
    /// The code point for %c: a one-character str or an int in range.
    func character(_ a: Argument) throws(Failure) -> UInt32
    /// The value of an int argument of `*`, clamped to Int; nil if `a` is not an int.
    func starValue(_ a: Argument) throws(Failure) -> Int?
    /// Whether this formats bytes (`%b` allowed, "bytes formatting" in messages).
    var isBytes: Bool { get }
}

extension PercentFormatHost {
    public var isBytes: Bool { false }
}

public enum PercentEngine {
    /// One conversion's flags, as parsed.
    struct Conversion {
        var leftAdjust = false, plusSign = false, blankSign = false, alternate = false, zeroPad = false
        var width = -1
        var precision = -1
        var code: UInt32 = 0
    }

    /// `format % args`.
    public static func format<Host: PercentFormatHost>(_ format: [UInt32], _ args: Host.Argument,
                                                       host: Host) throws(Host.Failure) -> [UInt32] {
        let n = format.count
        var out: [UInt32] = []
        out.reserveCapacity(n + 16)
        // CPython's (args, arglen, argidx): a tuple walks its items; a single argument has
        // count -1 and index -2, so exactly one fetch succeeds.
        var source = args
        var argumentCount = -1
        var argumentIndex = -2
        if let count = host.tupleCount(args) {
            argumentCount = count
            argumentIndex = 0
        }
        let hasMapping = host.isMapping(args)

        func nextArgument() throws(Host.Failure) -> Host.Argument {
            guard argumentIndex < argumentCount else {
                throw host.failure(FormatError(.typeError, "not enough arguments for format string"))
            }
            argumentIndex += 1
            return argumentCount < 0 ? source : host.tupleItem(source, argumentIndex - 1)
        }
        func fail(_ kind: FormatError.Kind, _ message: String) -> Host.Failure {
            host.failure(FormatError(kind, message))
        }

        var pos = 0
        while pos < n {
            if format[pos] != Ascii.percent {
                let runStart = pos
                while pos < n && format[pos] != Ascii.percent { pos += 1 }
                out.append(contentsOf: format[runStart..<pos])
                continue
            }
            pos += 1
            if pos < n && format[pos] == Ascii.percent {
                out.append(Ascii.percent)
                pos += 1
                continue
            }
            var c = Conversion()
            if pos < n && format[pos] == 0x28 {  // (key)
                guard hasMapping else { throw fail(.typeError, "format requires a mapping") }
                pos += 1
                let keyStart = pos
                var depth = 1
                while depth > 0 && pos < n {
                    if format[pos] == 0x29 { depth -= 1 } else if format[pos] == 0x28 { depth += 1 }
                    pos += 1
                }
                guard depth == 0 else { throw fail(.valueError, "incomplete format key") }
                source = try host.item(args, key: Array(format[keyStart..<(pos - 1)]))
                argumentCount = -1
                argumentIndex = -2
            }
            // Each stage reads the next character; running out anywhere is an incomplete
            // format, reported only after any `*` argument was fetched (CPython's order).
            var incomplete = true
            var ch: UInt32 = 0
            func read() -> Bool {
                guard pos < n else { return false }
                ch = format[pos]
                pos += 1
                return true
            }
            flags: while read() {
                switch ch {
                case Ascii.minus: c.leftAdjust = true
                case Ascii.plus: c.plusSign = true
                case Ascii.space: c.blankSign = true
                case Ascii.hash: c.alternate = true
                case Ascii.zero: c.zeroPad = true
                default:
                    incomplete = false
                    break flags
                }
            }
            if !incomplete {
                if ch == 0x2A {  // *
                    let v = try nextArgument()
                    guard var width = try host.starValue(v) else { throw fail(.typeError, "* wants int") }
                    if width == Int.min || width == Int.max {
                        throw fail(.overflowError, "Python int too large to convert to C ssize_t")
                    }
                    if width < 0 {
                        c.leftAdjust = true
                        width = -width
                    }
                    c.width = width
                    incomplete = !read()
                } else if ch >= 0x30 && ch <= 0x39 {
                    var width = Int(ch - 0x30)
                    incomplete = true
                    while read() {
                        guard ch >= 0x30 && ch <= 0x39 else {
                            incomplete = false
                            break
                        }
                        if width > (Int.max - Int(ch - 0x30)) / 10 { throw fail(.valueError, "width too big") }
                        width = width * 10 + Int(ch - 0x30)
                    }
                    c.width = width
                }
            }
            if !incomplete && ch == Ascii.dot {
                c.precision = 0
                incomplete = !read()
                if !incomplete && ch == 0x2A {
                    let v = try nextArgument()
                    guard let precision = try host.starValue(v) else { throw fail(.typeError, "* wants int") }
                    guard precision >= Int(Int32.min) && precision <= Int(Int32.max) else {
                        throw fail(.overflowError, "Python int too large to convert to C int")
                    }
                    c.precision = max(precision, 0)
                    incomplete = !read()
                } else if !incomplete && ch >= 0x30 && ch <= 0x39 {
                    var precision = Int(ch - 0x30)
                    incomplete = true
                    while read() {
                        guard ch >= 0x30 && ch <= 0x39 else {
                            incomplete = false
                            break
                        }
                        if precision > (Int(Int32.max) - Int(ch - 0x30)) / 10 {
                            throw fail(.valueError, "precision too big")
                        }
                        precision = precision * 10 + Int(ch - 0x30)
                    }
                    c.precision = precision
                }
            }
            if !incomplete && (ch == 0x68 || ch == 0x6C || ch == 0x4C) {  // h l L
                incomplete = !read()
            }
            if incomplete { throw fail(.valueError, "incomplete format") }
            c.code = ch

            let v = try nextArgument()
            var body: [UInt32]
            var numeric = false
            switch ch {
            case 0x73, 0x72, 0x61, 0x62 where ch != 0x62 || host.isBytes:  // s r a, and b for bytes
                body = try host.text(v, conversion: UInt8(ch))
                if c.precision >= 0 && body.count > c.precision { body.removeLast(body.count - c.precision) }
            case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58:  // d i u o x X
                let (negative, magnitude) = try host.integer(v, conversion: UInt8(ch))
                body = integerText(negative: negative, magnitude: magnitude, c)
                numeric = true
            case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:  // e E f F g G
                let d = try host.real(v)
                let text = FormatEngine.doubleToString(d, type: UInt8(ch), precision: c.precision < 0 ? 6 : c.precision,
                                                       alternate: c.alternate)
                body = text.map { UInt32($0) }
                numeric = true
            case 0x63:  // c
                body = [try host.character(v)]
            default:
                let shown = ch >= 31 && ch <= 126 ? Character(Unicode.Scalar(UInt8(ch))) : "?"
                throw fail(.valueError,
                           "unsupported format character '\(shown)' (0x\(String(ch, radix: 16))) at index \(pos - 1)")
            }
            if c.width > 1 << 40 { throw fail(.memoryError, "") }
            emit(body, numeric: numeric, c, into: &out)
        }
        if argumentIndex < argumentCount && !hasMapping {
            throw fail(.typeError, "not all arguments converted during \(host.isBytes ? "bytes" : "string") formatting")
        }
        return out
    }

    /// An integer conversion before padding: sign, `0x`/`0X`/`0o` for `#`, and at least
    /// `precision` digits.
    static func integerText(negative: Bool, magnitude: [UInt8], _ c: Conversion) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(magnitude.count + 4)
        if negative { out.append(Ascii.minus) }
        if c.alternate && (c.code == 0x6F || c.code == 0x78 || c.code == 0x58) {
            out.append(Ascii.zero)
            out.append(c.code)
        }
        if c.precision > magnitude.count {
            out.append(contentsOf: repeatElement(Ascii.zero, count: c.precision - magnitude.count))
        }
        let upper = c.code == 0x58
        for d in magnitude { out.append(UInt32(upper && d >= 0x61 ? d - 0x20 : d)) }
        return out
    }

    /// Pads one converted value to its width, as CPython's unicode_format_arg_output: numbers
    /// get a `+`/` ` sign on request and, with the 0 flag, zeros after the sign and the `#`
    /// prefix; everything else pads with spaces.
    static func emit(_ body: [UInt32], numeric: Bool, _ c: Conversion, into out: inout [UInt32]) {
        var start = 0
        var length = body.count
        var sign: UInt32 = 0
        if numeric {
            if body.first == Ascii.minus || body.first == Ascii.plus {
                sign = body[0]
                start = 1
                length -= 1
            } else if c.plusSign {
                sign = Ascii.plus
            } else if c.blankSign {
                sign = Ascii.space
            }
        }
        let zeroFill = numeric && c.zeroPad
        var width = max(c.width, length)
        if sign != 0 {
            if zeroFill { out.append(sign) }
            if width > length { width -= 1 }
        }
        let hasPrefix = numeric && c.alternate && (c.code == 0x6F || c.code == 0x78 || c.code == 0x58)
        if hasPrefix {
            if zeroFill {
                out.append(body[start])
                out.append(body[start + 1])
                start += 2
            }
            width = max(width - 2, 0)
            length -= 2
        }
        if width > length && !c.leftAdjust {
            out.append(contentsOf: repeatElement(zeroFill ? Ascii.zero : Ascii.space, count: width - length))
            width = length
        }
        if !zeroFill {
            if sign != 0 { out.append(sign) }
            if hasPrefix {
                out.append(body[start])
                out.append(body[start + 1])
                start += 2
            }
        }
        out.append(contentsOf: body[start..<(start + length)])
        if width > length { out.append(contentsOf: repeatElement(Ascii.space, count: width - length)) }
    }
}
