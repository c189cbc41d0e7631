// How an uncaught exception group prints, as CPython 3.11's traceback display: the group's
// traceback and message in a box opened by "+ Exception Group Traceback", then each
// sub-exception (at most 15, nested groups at most 10 deep) under a "+---- i ----" ruler,
// every line prefixed by two spaces per level and a "| " margin, the last one closed by
// "+------------------------------------".

struct ExceptionGroupPrint {
    static let maxWidth = 15
    static let maxDepth = 10

    /// Nesting level: 0 outside any group.
    var depth = 0
    /// The ruler closing the current group is still owed.
    var needClose = false
    /// The exceptions already printed (identity bits).
    var seen: Set<UInt64> = []

    var indent: String { String(repeating: " ", count: 2 * depth) }

    /// `text` with each line prefixed for the current level.
    func emit(_ text: String, margin: String = "|") -> String {
        if depth == 0 { return text }
        let prefix = indent + margin + " "
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            out += prefix + line + "\n"
        }
        if !text.hasSuffix("\n"), let last = text.split(separator: "\n", omittingEmptySubsequences: false).last {
            out += prefix + last
        }
        return out
    }

    mutating func formatGroup(_ e: Value, _ items: TupleRef, stack: String, message: String) -> String {
        if depth > ExceptionGroupPrint.maxDepth {
            return emit("... (max_group_depth is \(ExceptionGroupPrint.maxDepth))\n")
        }
        var out = ""
        let isTop = depth == 0
        if isTop { depth += 1 }
        if !stack.isEmpty {
            out += emit("Exception Group Traceback (most recent call last):\n", margin: isTop ? "+" : "|")
            out += emit(stack)
        }
        out += emit(message)
        let count = items.count
        let shown = count <= ExceptionGroupPrint.maxWidth ? count : ExceptionGroupPrint.maxWidth + 1
        needClose = false
        for i in 0..<shown {
            let last = i == shown - 1
            if last { needClose = true }
            let truncated = i >= ExceptionGroupPrint.maxWidth
            let title = truncated ? "..." : "\(i + 1)"
            out += indent + (i == 0 ? "+-" : "  ") + "+---------------- \(title) ----------------\n"
            depth += 1
            if truncated {
                let remaining = count - ExceptionGroupPrint.maxWidth
                out += emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
            } else {
                out += Programs.formatException(items[i], &self)
            }
            if last && needClose {
                out += indent + "+------------------------------------\n"
                needClose = false
            }
            depth -= 1
        }
        if isTop { depth = 0 }
        return out
    }
}
