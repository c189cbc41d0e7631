// How `python3 FILE` shows a SyntaxError: the file and line, the offending source line
// without its indentation, a caret line under the error's columns (converted from UTF-8
// bytes to characters), then `Kind: message`.

extension SyntaxError {
    /// The report, given the file name as the user wrote it and the source bytes (as read,
    /// before decoding).
    public func report(fileName: String, source: [UInt8]) -> String {
        let shownMessage = message.replacingFilePlaceholder(with: fileName)
        guard line > 0 else {
            return "\(kind.rawValue): \(shownMessage)\n"
        }
        var out = "  File \"\(fileName)\", line \(line)\n"
        let decoded = (try? SourceDecoder.decode(source)) ?? source
        if let text = sourceLine(line, in: decoded) {
            out += caretLines(text)
        }
        out += "\(kind.rawValue): \(shownMessage)\n"
        return out
    }

    /// The text of line `n` (1-based), without its newline; stops at a NUL byte.
    private func sourceLine(_ n: Int, in src: [UInt8]) -> [UInt8]? {
        var current = 1
        var i = 0
        while current < n {
            guard let nl = src[i...].firstIndex(of: 0x0A) else { return nil }
            i = nl + 1
            current += 1
        }
        var end = i
        while end < src.count && src[end] != 0x0A && src[end] != 0 { end += 1 }
        if i >= src.count && n > 1 { return [] }
        return Array(src[i..<end])
    }

    private func caretLines(_ text: [UInt8]) -> String {
        // 1-based character offsets, as CPython stores them on the exception.
        var offset = column < 0 ? -1 : characterCount(text, upTo: column) + 1
        var endOffset = endLine == line ? characterCount(text, upTo: endColumn) + 1 : characterCount(text, upTo: text.count) + 1
        var scalars = Array(String(decoding: text, as: UTF8.self).unicodeScalars)
        var stripped = 0
        while stripped < scalars.count && (scalars[stripped] == " " || scalars[stripped] == "\t" || scalars[stripped] == "\u{0C}") {
            stripped += 1
        }
        scalars.removeFirst(stripped)
        var out = "    " + String(String.UnicodeScalarView(scalars)) + "\n"
        guard offset >= 0 else { return out }
        offset -= 1 + stripped
        endOffset -= 1 + stripped
        if offset > scalars.count { offset = scalars.count }
        if offset < 0 { return out }
        let carets = endOffset > offset ? endOffset - offset : 1
        out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
        return out
    }

    private func characterCount(_ text: [UInt8], upTo byteColumn: Int) -> Int {
        let limit = min(max(byteColumn, 0), text.count)
        var count = 0
        for i in 0..<limit where text[i] & 0xC0 != 0x80 { count += 1 }
        return count + max(byteColumn - text.count, 0)
    }
}

extension String {
    /// Messages that name the file (PEP 263's) carry a placeholder filled in when reported.
    func replacingFilePlaceholder(with fileName: String) -> String {
        replacing("%FILE%", with: fileName)
    }
}
