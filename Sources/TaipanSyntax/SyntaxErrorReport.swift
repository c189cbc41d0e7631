// How `python3 FILE` shows a SyntaxError: the file and line, the offending source line
// without its indentation, a caret line under the error's columns (converted from UTF-8
// bytes to characters), then `Kind: message`.

extension SyntaxError {
    /// The report, given the file name as the user wrote it and the source bytes (as read,
    /// before decoding).
    public func report(fileName: String, source: [UInt8]) -> String {
        if kind == .parserStackOverflow { return "MemoryError\n" }
        let shownMessage = message.replacingFilePlaceholder(with: fileName)
        guard line > 0 else {
            return "\(kind.rawValue): \(shownMessage)\n"
        }
        var out = "  File \"\(fileName)\", line \(line)\n"
        let decoded = (try? SourceDecoder.decode(source)) ?? source
        if let text = self.text.map({ Array($0.utf8) }) ?? sourceLine(line, in: decoded) {
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

    /// The source line and the caret line, as CPython 3.11's `print_error_text` draws them.
    /// For a file, CPython keeps the offsets in UTF-8 bytes (1-based), and only plain
    /// SyntaxErrors carry an end: subclasses get a single caret.
    private func caretLines(_ line: [UInt8]) -> String {
        var text = line[...]
        var offset = column < 0 ? 0 : column + 1
        let lineSize = text.count + 1  // CPython's text keeps its newline.
        var endOffset = -1
        if kind == .syntax {
            endOffset = endLine > self.line ? lineSize : endColumn + 1
            if endOffset > lineSize + 1 { endOffset = lineSize + 1 }
        }
        let carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1
        offset -= 1
        while let first = text.first, first == 0x20 || first == 0x09 || first == 0x0C {
            text = text.dropFirst()
            offset -= 1
        }
        if offset > text.count { offset = text.count }
        var out = "    " + String(decoding: text, as: UTF8.self) + "\n"
        guard offset >= 0 else { return out }
        out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
        return out
    }
}

extension String {
    /// Messages that name the file (PEP 263's) carry a placeholder filled in when reported.
    func replacingFilePlaceholder(with fileName: String) -> String {
        replacing("%FILE%", with: fileName)
    }
}
