// String literals: implicit concatenation of adjacent STRING tokens, and f-strings, which
// Python 3.11 tokenizes as one STRING token and the parser takes apart.
//
// As in CPython 3.11, the Constant and FormattedValue parts of a JoinedStr (and the JoinedStr
// of a format spec) all span the whole concatenation, while the expressions inside the
// replacement fields carry their real positions in the source.

extension Parser {
    /// A piece of a concatenation being built: literal text (merged with its neighbours) or
    /// a formatted value.
    enum StringPiece {
        case literal([UInt32])
        case formatted(Expr)
    }

    struct StringPrefix {
        var isRaw = false
        var isBytes = false
        var isFormat = false
        var isUnicode = false
        /// Offsets in `src` of the body between the quotes.
        var body: Range<Int> = 0..<0
    }

    func stringPrefix(_ t: Token) -> StringPrefix {
        var prefix = StringPrefix()
        var i = Int(t.start)
        while true {
            switch src[i] | 0x20 {
            case UInt8(ascii: "r"): prefix.isRaw = true
            case UInt8(ascii: "b"): prefix.isBytes = true
            case UInt8(ascii: "f"): prefix.isFormat = true
            case UInt8(ascii: "u"): prefix.isUnicode = true
            default:
                let quote = src[i]
                let end = Int(t.end)
                let triple = end - i >= 6 && src[i + 1] == quote && src[i + 2] == quote
                let width = triple ? 3 : 1
                prefix.body = (i + width)..<(end - width)
                return prefix
            }
            i += 1
        }
    }

    /// One or more adjacent string tokens as a Constant or a JoinedStr.
    mutating func strings() throws(SyntaxError) -> Expr {
        let first = p
        while kind == .string { advance() }
        let last = p - 1
        let range = SourceRange(from: tokens[first].range, to: tokens[last].range)

        var sawBytes = false
        var sawStr = false
        var sawFormat = false
        for i in first...last {
            let prefix = stringPrefix(tokens[i])
            if !prefix.isBytes, let bad = SourceDecoder.firstInvalidUTF8(src[prefix.body]) {
                let t = tokens[i]
                throw SyntaxError(SourceDecoder.unicodeError(in: src[prefix.body], at: bad),
                                  line: Int(t.range.line), column: Int(t.range.column) + 1)
            }
            if prefix.isBytes { sawBytes = true } else { sawStr = true }
            if prefix.isFormat { sawFormat = true }
        }
        if sawBytes && sawStr {
            throw SyntaxError("cannot mix bytes and nonbytes literals", at: token.range)
        }
        if sawBytes {
            var value: [UInt8] = []
            for i in first...last {
                let t = tokens[i]
                let prefix = stringPrefix(t)
                do {
                    value += try StringLiteral.decodeBytes(src[prefix.body], isRaw: prefix.isRaw)
                } catch {
                    // CPython points at the whole literal for a non-ASCII byte, and otherwise
                    // (as for every literal error) at the token after the strings.
                    throw SyntaxError(error.message, at: error.reason == .nonASCIIInBytes ? t.range : token.range)
                }
            }
            return Expr(.Constant(value: .bytes(value), kind: nil), range)
        }
        let kindU: String? = stringPrefix(tokens[first]).isUnicode ? "u" : nil
        if !sawFormat {
            var value: [UInt32] = []
            for i in first...last {
                let t = tokens[i]
                let prefix = stringPrefix(t)
                do {
                    if value.isEmpty {
                        value = try StringLiteral.decodeStr(src[prefix.body], isRaw: prefix.isRaw)
                    } else {
                        value += try StringLiteral.decodeStr(src[prefix.body], isRaw: prefix.isRaw)
                    }
                } catch {
                    throw SyntaxError(error.message, at: token.range)
                }
            }
            return Expr(.Constant(value: .str(value), kind: kindU), range)
        }
        var pieces: [StringPiece] = []
        for i in first...last {
            let t = tokens[i]
            let prefix = stringPrefix(t)
            if prefix.isFormat {
                var position = prefix.body.lowerBound
                try fstringPieces(t, prefix, &position, level: 0, whole: range, into: &pieces)
            } else {
                do {
                    appendLiteral(try StringLiteral.decodeStr(src[prefix.body], isRaw: prefix.isRaw), to: &pieces)
                } catch {
                    throw SyntaxError(error.message, at: token.range)
                }
            }
        }
        return Expr(.JoinedStr(values: joinedValues(pieces, range)), range)
    }

    func appendLiteral(_ text: [UInt32], to pieces: inout [StringPiece]) {
        if text.isEmpty { return }
        if case .literal(let previous)? = pieces.last {
            pieces[pieces.count - 1] = .literal(previous + text)
        } else {
            pieces.append(.literal(text))
        }
    }

    func joinedValues(_ pieces: [StringPiece], _ range: SourceRange) -> [Expr] {
        pieces.map { piece in
            switch piece {
            case .literal(let text): return Expr(.Constant(value: .str(text), kind: nil), range)
            case .formatted(let e): return e
            }
        }
    }

    /// Parses f-string text from `position` up to the end of the token's body (level 0) or
    /// up to the '}' closing a format spec (level 1), appending its pieces.
    mutating func fstringPieces(_ t: Token, _ prefix: StringPrefix, _ position: inout Int, level: Int,
                                whole: SourceRange, into pieces: inout [StringPiece]) throws(SyntaxError) {
        let end = prefix.body.upperBound
        var i = position
        var literalStart = i
        while i < end {
            let c = src[i]
            if !prefix.isRaw && c == UInt8(ascii: "\\") && i + 1 < end {
                if src[i + 1] == UInt8(ascii: "N") && i + 2 < end && src[i + 2] == UInt8(ascii: "{") {
                    i += 3
                    while i < end && src[i] != UInt8(ascii: "}") { i += 1 }
                    i += 1
                    continue
                }
                if src[i + 1] != UInt8(ascii: "{") && src[i + 1] != UInt8(ascii: "}") {
                    i += 2
                    continue
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "}") {
                if level == 0 && i + 1 < end && src[i + 1] == c {
                    try appendFStringLiteral(t, prefix, literalStart..<(i + 1), &pieces)
                    i += 2
                    literalStart = i
                    continue
                }
                if c == UInt8(ascii: "}") {
                    if level == 0 {
                        throw SyntaxError("f-string: single '}' is not allowed", at: token.range)
                    }
                    break
                }
                try appendFStringLiteral(t, prefix, literalStart..<i, &pieces)
                i += 1
                try replacementField(t, prefix, &i, level: level, whole: whole, into: &pieces)
                literalStart = i
                continue
            }
            i += 1
        }
        if i > literalStart {
            try appendFStringLiteral(t, prefix, literalStart..<min(i, end), &pieces)
        }
        position = i
    }

    func appendFStringLiteral(_ t: Token, _ prefix: StringPrefix, _ range: Range<Int>, _ pieces: inout [StringPiece]) throws(SyntaxError) {
        guard !range.isEmpty else { return }
        do {
            appendLiteral(try StringLiteral.decodeStr(src[range], isRaw: prefix.isRaw), to: &pieces)
        } catch {
            throw SyntaxError(error.message, at: token.range)
        }
    }

    /// A replacement field `{expr[=][!c][:spec]}`; `i` is just past the '{' and ends just
    /// past the '}'.
    mutating func replacementField(_ t: Token, _ prefix: StringPrefix, _ i: inout Int, level: Int,
                                   whole: SourceRange, into pieces: inout [StringPiece]) throws(SyntaxError) {
        let end = prefix.body.upperBound
        if level >= 2 {
            throw SyntaxError("f-string: expressions nested too deeply", at: token.range)
        }
        let exprStart = i
        var quote: UInt8 = 0
        var tripleQuoted = false
        var brackets: [UInt8] = []
        while i < end {
            let c = src[i]
            if c == UInt8(ascii: "\\") {
                throw SyntaxError("f-string expression part cannot include a backslash", at: token.range)
            }
            if quote != 0 {
                if c == quote {
                    if !tripleQuoted {
                        quote = 0
                    } else if i + 2 < end && src[i + 1] == c && src[i + 2] == c {
                        quote = 0
                        i += 2
                    }
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                quote = c
                tripleQuoted = i + 2 < end && src[i + 1] == c && src[i + 2] == c
                i += tripleQuoted ? 3 : 1
                continue
            }
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                if brackets.count >= 200 {
                    throw SyntaxError("f-string: too many nested parenthesis", at: token.range)
                }
                brackets.append(c)
                i += 1
                continue
            }
            if c == UInt8(ascii: "#") {
                throw SyntaxError("f-string expression part cannot include '#'", at: token.range)
            }
            if brackets.isEmpty && (c == UInt8(ascii: "!") || c == UInt8(ascii: ":") || c == UInt8(ascii: "}")
                                    || c == UInt8(ascii: "=") || c == UInt8(ascii: ">") || c == UInt8(ascii: "<")) {
                if i + 1 < end && src[i + 1] == UInt8(ascii: "=") && c != UInt8(ascii: ":") && c != UInt8(ascii: "}") {
                    i += 2
                    continue
                }
                if c == UInt8(ascii: ">") || c == UInt8(ascii: "<") {
                    i += 1
                    continue
                }
                break
            }
            if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                guard let open = brackets.popLast() else {
                    throw SyntaxError("f-string: unmatched '\(Character(Unicode.Scalar(c)))'", at: token.range)
                }
                let expected: UInt8 = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
                if c != expected {
                    throw SyntaxError("f-string: closing parenthesis '\(Character(Unicode.Scalar(c)))' does not match opening parenthesis '\(Character(Unicode.Scalar(open)))'", at: token.range)
                }
            }
            i += 1
        }
        let exprEnd = i
        if quote != 0 {
            throw SyntaxError("f-string: unterminated string", at: token.range)
        }
        if let open = brackets.last {
            throw SyntaxError("f-string: unmatched '\(Character(Unicode.Scalar(open)))'", at: token.range)
        }
        if i >= end {
            throw SyntaxError("f-string: expecting '}'", at: token.range)
        }
        var allBlank = true
        for k in exprStart..<exprEnd where !(src[k] == 0x20 || src[k] == 0x09 || src[k] == 0x0A || src[k] == 0x0C) {
            allBlank = false
            break
        }
        if allBlank {
            throw SyntaxError("f-string: empty expression not allowed", at: token.range)
        }
        let value = try replacementFieldExpression(t, exprStart..<exprEnd)

        var debugText: [UInt32]? = nil
        if src[i] == UInt8(ascii: "=") {
            i += 1
            while i < end && (src[i] == 0x20 || src[i] == 0x09 || src[i] == 0x0A || src[i] == 0x0C || src[i] == 0x0D || src[i] == 0x0B) { i += 1 }
            debugText = (try? StringLiteral.decodeStr(src[exprStart..<i], isRaw: true)) ?? []
        }
        var conversion = -1
        if i < end && src[i] == UInt8(ascii: "!") {
            i += 1
            if i >= end { throw SyntaxError("f-string: expecting '}'", at: token.range) }
            let c = src[i]
            i += 1
            guard c == UInt8(ascii: "s") || c == UInt8(ascii: "r") || c == UInt8(ascii: "a") else {
                throw SyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: token.range)
            }
            conversion = Int(c)
        }
        if i >= end { throw SyntaxError("f-string: expecting '}'", at: token.range) }
        var formatSpec: Expr? = nil
        if src[i] == UInt8(ascii: ":") {
            i += 1
            var specPieces: [StringPiece] = []
            try fstringPieces(t, prefix, &i, level: level + 1, whole: whole, into: &specPieces)
            // CPython 3.11 quirk: the spec's JoinedStr, and a literal ending it, span only
            // the string token that holds them; the other parts span the whole concatenation.
            var values = joinedValues(specPieces, whole)
            if case .literal? = specPieces.last {
                values[values.count - 1].range = t.range
            }
            formatSpec = Expr(.JoinedStr(values: values), t.range)
        }
        if i >= end || src[i] != UInt8(ascii: "}") {
            throw SyntaxError("f-string: expecting '}'", at: token.range)
        }
        i += 1
        if let debugText {
            appendLiteral(debugText, to: &pieces)
            if conversion == -1 && formatSpec == nil { conversion = Int(UInt8(ascii: "r")) }
        }
        pieces.append(.formatted(Expr(.FormattedValue(value: value, conversion: conversion, formatSpec: formatSpec), whole)))
    }

    /// Parses the expression of a replacement field at its real position in the source.
    mutating func replacementFieldExpression(_ t: Token, _ range: Range<Int>) throws(SyntaxError) -> Expr {
        // Find the line and line start of the field's first byte.
        var line = t.range.line
        var lineStart = Int(t.start) - Int(t.range.column)
        var k = Int(t.start)
        while k < range.lowerBound {
            if src[k] == 0x0A {
                line += 1
                lineStart = k + 1
            }
            k += 1
        }
        do throws(SyntaxError) {
            let fieldTokens = try Tokenizer.tokenizeReplacementField(src, range, line: line, lineStart: lineStart)
            var sub = Parser(src: src, tokens: fieldTokens)
            sub.depth = depth
            let e = try sub.starExpressions()
            if sub.kind != .endMarker { throw sub.invalidSyntax() }
            return e
        } catch {
            var e = error
            if !e.message.hasPrefix("f-string") { e.message = "f-string: " + e.message }
            throw e
        }
    }
}
